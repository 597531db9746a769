// kind: fix
// title: Report the total between two additions
// tags: closures, mutable-borrow, nll
// difficulty: 2
// ---
fn main() {
    let mut total = 0;
    let mut add = |n: i32| total += n;
    add(2);
    println!("so far {}", total);
    add(3);
    println!("total {}", total);
}
// === reference ===
fn main() {
    let mut total = 0;
    let mut add = |n: i32| total += n;
    add(2);
    println!("so far {}", total);
    let mut add = |n: i32| total += n;
    add(3);
    println!("total {}", total);
}
