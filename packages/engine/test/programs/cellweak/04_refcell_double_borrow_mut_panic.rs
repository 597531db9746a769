use std::cell::RefCell;

// This compiles! The borrow rules are checked at runtime.
fn main() {
    let scores = RefCell::new(vec![10, 20, 30]);

    let mut writer = scores.borrow_mut();
    writer.push(40);
    println!("pushed, len = {}", writer.len());

    // Second mutable borrow while `writer` is still alive -> panic
    let mut other = scores.borrow_mut();
    other.push(50);

    println!("never printed");
}
