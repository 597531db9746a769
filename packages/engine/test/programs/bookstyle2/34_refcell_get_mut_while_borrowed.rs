// Quiz: get_mut is checked at compile time, unlike borrow_mut.
use std::cell::RefCell;

fn main() {
    let mut scores = RefCell::new(vec![10, 20]);

    let total = scores.get_mut();
    let view = scores.borrow();
    total.push(30);

    println!("{:?} {:?}", view, scores);
}
