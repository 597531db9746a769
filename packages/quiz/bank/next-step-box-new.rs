// kind: next-step
// title: Putting a number in a Box
// tags: box
// difficulty: 1
// at: line 2
// ---
fn main() {
    let small = 7;
    let boxed = Box::new(small);
    println!("{} {}", small, boxed);
}
