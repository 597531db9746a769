// kind: compiles
// title: Concatenating Strings with +
// tags: move
// difficulty: 1
// ---
fn main() {
    let a = String::from("hello");
    let b = String::from(" world");
    let c = a + &b;
    println!("{} {}", c, b);
    println!("{}", a);
}
