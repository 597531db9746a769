// kind: compiles
// title: A closure that pushes, and a reference
// tags: closures, mutable-borrow
// difficulty: 2
// ---
fn main() {
    let mut v = vec![1];
    let mut add = |x| v.push(x);
    let r = &v;
    add(2);
    println!("{:?}", r);
}
