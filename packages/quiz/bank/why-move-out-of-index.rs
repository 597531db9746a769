// kind: why
// title: Taking a String out of a Vec by index
// tags: move, borrow
// difficulty: 2
// ---
fn main() {
    let names = vec![String::from("x"), String::from("y")];
    let first = names[0];
    println!("{} {}", first, names.len());
}
