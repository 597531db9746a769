// kind: why
// title: Asking a String for its size after storing it
// tags: move
// difficulty: 1
// ---
fn store(item: String) -> usize {
    item.len()
}

fn main() {
    let item = String::from("lamp");
    let size = store(item);
    println!("{} has {} bytes", item, size);
}
