// kind: memory
// title: Who owns the tea now?
// tags: move
// difficulty: 1
// ask: owner
// at: line 3
// block: line 2
// ---
fn main() {
    let first = String::from("tea");
    let second = first;
    let third = second.clone();
    println!("{} {}", second, third);
}
