// kind: why
// title: Changing a level someone is looking at
// tags: borrow, nll
// difficulty: 2
// ---
fn main() {
    let mut level = 1;
    let view = &level;
    level = 2;
    println!("{} {}", view, level);
}
