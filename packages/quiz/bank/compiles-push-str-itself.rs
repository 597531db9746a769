// kind: compiles
// title: Appending a String to itself
// tags: borrow, mutable-borrow
// difficulty: 2
// ---
fn main() {
    let mut s = String::from("ab");
    s.push_str(&s);
    println!("{}", s);
}
