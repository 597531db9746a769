// RefCell checks borrows at run time: two borrow_mut at once panics.
use std::cell::RefCell;

fn main() {
    let scores = RefCell::new(vec![10, 20, 30]);
    {
        let mut first = scores.borrow_mut();
        first.push(40);
    }
    println!("after first borrow: {:?}", scores.borrow());

    let mut a = scores.borrow_mut();
    let mut b = scores.borrow_mut();
    a.push(50);
    b.push(60);
    println!("unreachable");
}
