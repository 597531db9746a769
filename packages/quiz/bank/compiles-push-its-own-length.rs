// kind: compiles
// title: Pushing a vector its own length
// tags: mutable-borrow, nll
// difficulty: 3
// ---
fn main() {
    let mut v = vec![1usize, 2, 3];
    v.push(v.len());
    v.push(v.len() * 10);
    println!("{:?}", v);
}
