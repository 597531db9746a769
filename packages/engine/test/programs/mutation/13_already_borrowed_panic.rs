// This compiles, but panics at runtime: RefCell checks borrows dynamically.
use std::cell::RefCell;

fn main() {
    let shopping = RefCell::new(vec!["milk", "eggs"]);

    let list = shopping.borrow();
    println!("reading: {:?}", list);

    // `list` is still alive here, so this borrow_mut panics
    println!("adding bread...");
    shopping.borrow_mut().push("bread");

    println!("never printed: {:?}", list);
}
