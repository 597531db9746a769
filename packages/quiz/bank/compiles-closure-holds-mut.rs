// kind: compiles
// title: Reading a total a closure is adding to
// tags: closures, mutable-borrow
// difficulty: 3
// ---
fn main() {
    let mut total = 0;
    let mut add = |n: i32| total += n;
    add(5);
    println!("{}", total);
    add(7);
}
