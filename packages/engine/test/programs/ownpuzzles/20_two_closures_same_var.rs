// Puzzle: one closure adds, the other resets.
fn main() {
    let mut total = 0;

    let mut add = |n: i32| total += n;
    let mut reset = || total = 0;

    add(5);
    reset();
    add(2);

    println!("total = {}", total);
}
