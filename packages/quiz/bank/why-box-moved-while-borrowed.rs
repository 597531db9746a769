// kind: why
// title: Moving a Box someone is reading
// tags: box, borrow, move
// difficulty: 2
// ---
fn main() {
    let boxed = Box::new(String::from("crate"));
    let inside: &String = &boxed;
    let taken = boxed;
    println!("{} {}", inside, taken);
}
