// move_semantics5: decide which functions take ownership and which only borrow.
fn get_char(data: &String) -> char {
    data.chars().last().unwrap()
}

fn string_uppercase(mut data: String) -> String {
    data = data.to_uppercase();
    data
}

fn main() {
    let data = "Rust is great!".to_string();
    let last = get_char(&data);
    println!("last char: {:?}", last);

    let shouted = string_uppercase(data);
    println!("{}", shouted);

    let mut x = 100;
    let y = &mut x;
    *y += 100;
    let z = &mut x;
    *z += 1000;
    println!("x = {}", x);
}
