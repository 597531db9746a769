// Student mistake: borrowing from a temporary Vec that dies at the end of the statement.
fn make_row(n: usize) -> Vec<i32> {
    (0..n as i32).collect()
}

fn main() {
    let first_two: &[i32] = &make_row(5)[..2];
    println!("ok inline: {:?}", first_two);

    let words: Vec<&str>;
    words = String::from("stack heap arena").split(' ').collect();
    println!("{:?}", words);
}
