use std::mem;

// Safe cousins of ptr::read/write: replace, take and swap.
fn main() {
    let mut current = String::from("draft");
    let old = mem::replace(&mut current, String::from("final"));
    println!("old = {}, current = {}", old, current);

    let mut queue = vec![1, 2, 3];
    let taken = mem::take(&mut queue);
    println!("taken = {:?}, queue now = {:?}", taken, queue);

    let mut a = 1;
    let mut b = 2;
    mem::swap(&mut a, &mut b);
    println!("a = {}, b = {}", a, b);
}
