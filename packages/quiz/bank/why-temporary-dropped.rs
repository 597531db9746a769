// kind: why
// title: Borrowing a temporary String
// tags: lifetimes, borrow
// difficulty: 3
// ---
fn main() {
    let words: &String;
    words = &String::from("short-lived");
    println!("{}", words);
}
