use std::cell::RefCell;

fn main() {
    let primes = RefCell::new(vec![2, 3, 5, 7]);
    // Mistake: borrow() returns a Ref guard, not the Vec itself.
    let list: Vec<i32> = primes.borrow();
    println!("{} primes", list.len());
}
