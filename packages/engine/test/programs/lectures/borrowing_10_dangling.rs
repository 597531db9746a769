// Exercise: return a new greeting from a function.
fn make_greeting(name: &str) -> String {
    format!("Hello, {}", name)
}

fn dangle() -> &String {
    let s = String::from("hello");
    &s
}

fn main() {
    let g = make_greeting("world");
    println!("{}", g);
    let reference_to_nothing = dangle();
    println!("{}", reference_to_nothing);
    let mut total = 0;
    for c in g.chars() {
        if c.is_alphabetic() {
            total += 1;
        }
    }
    println!("letters: {}", total);
}
