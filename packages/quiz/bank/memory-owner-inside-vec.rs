// kind: memory
// title: A String pushed into a Vec
// tags: move, vec-realloc
// difficulty: 2
// ask: owner
// at: line 5
// block: line 3
// ---
fn main() {
    let mut shelf: Vec<String> = Vec::new();
    let book = String::from("Dune");
    shelf.push(book);
    let n = shelf.len();
    println!("{} {}", n, shelf[0]);
}
