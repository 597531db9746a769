// kind: compiles
// title: A &str of a String made on the same line
// tags: lifetimes, drop-order
// difficulty: 3
// ---
fn main() {
    let s: &str = String::from("abcdef").as_str();
    println!("{}", s);
}
