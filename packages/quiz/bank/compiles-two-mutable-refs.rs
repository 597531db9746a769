// kind: compiles
// title: Two mutable references to one counter
// tags: mutable-borrow
// difficulty: 2
// ---
fn main() {
    let mut counter = 0;
    let a = &mut counter;
    let b = &mut counter;
    *a += 1;
    *b += 1;
    println!("{}", counter);
}
