// Quiz: the compiler cannot tell which input the result borrows from.
fn longer(a: &str, b: &str) -> &str {
    if a.len() > b.len() { a } else { b }
}

fn main() {
    let x = String::from("abcd");
    let y = "xyz";
    println!("{}", longer(&x, y));
}
