// kind: fix
// title: Keep both cities
// tags: move
// difficulty: 1
// ---
fn main() {
    let city = String::from("Oslo");
    let backup = city;
    println!("{} {}", city, backup);
}
// === reference ===
fn main() {
    let city = String::from("Oslo");
    let backup = city.clone();
    println!("{} {}", city, backup);
}
