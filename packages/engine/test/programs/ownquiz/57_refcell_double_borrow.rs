// Compiles fine - but what happens when it runs?
use std::cell::RefCell;

fn main() {
    let scores = RefCell::new(vec![10, 20]);
    let reader = scores.borrow();
    println!("first = {}", reader[0]);
    let mut writer = scores.borrow_mut();
    writer.push(30);
    println!("len = {}", writer.len());
}
