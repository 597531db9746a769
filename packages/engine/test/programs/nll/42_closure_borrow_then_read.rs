// A closure holds a unique borrow of `total` until its last call,
// so reading `total` in between is rejected.
fn main() {
    let mut total = 0;
    let mut add = |x: i32| total += x;
    add(5);
    println!("running total: {}", total);
    add(7);
    println!("final total: {}", total);
}
