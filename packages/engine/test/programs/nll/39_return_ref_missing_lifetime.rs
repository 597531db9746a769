// A function returning a reference with no input to borrow from
// needs a lifetime specifier.
fn make_greeting() -> &String {
    let s = String::from("hello");
    &s
}

fn main() {
    let g = make_greeting();
    println!("{}", g);
}
