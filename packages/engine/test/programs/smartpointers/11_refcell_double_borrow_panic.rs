// Demonstrates that RefCell enforces the borrow rules at runtime.
// This program panics ON PURPOSE.
use std::cell::RefCell;

fn main() {
    let inbox = RefCell::new(Vec::<String>::new());
    inbox.borrow_mut().push("hello".to_string());
    println!("messages: {}", inbox.borrow().len());

    let first = inbox.borrow_mut();
    println!("holding a mutable borrow with {} message(s)", first.len());
    let second = inbox.borrow_mut(); // already mutably borrowed: panics
    println!("never printed {}", second.len());
}
