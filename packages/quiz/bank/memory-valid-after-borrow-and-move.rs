// kind: memory
// title: A reference to a moved String
// tags: nll, borrow, move
// difficulty: 3
// ask: valid
// at: line 5
// ---
fn main() {
    let name = String::from("Ferris");
    let r = &name;
    let len = r.len();
    let moved = name;
    println!("{} {}", len, moved);
}
