// kind: next-step
// title: Creating a move closure
// tags: closures, move
// difficulty: 2
// at: line 2
// ---
fn main() {
    let name = String::from("Ada");
    let greet = move || format!("hi {}", name);
    println!("{}", greet());
}
