// kind: compiles
// title: Printing after a move
// tags: move
// difficulty: 1
// ---
fn main() {
    let greeting = String::from("hello");
    let copy_of = greeting;
    println!("{}", greeting);
    println!("{}", copy_of);
}
