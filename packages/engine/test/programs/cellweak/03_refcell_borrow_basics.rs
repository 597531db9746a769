use std::cell::RefCell;

fn main() {
    let shopping = RefCell::new(vec!["milk", "eggs"]);

    {
        // Many shared borrows at once are fine
        let first = shopping.borrow();
        let second = shopping.borrow();
        println!("first sees {} items, second sees {}", first.len(), second.len());
    } // both Ref guards dropped here

    // Now a mutable borrow is allowed
    shopping.borrow_mut().push("bread");
    shopping.borrow_mut().push("butter");

    let list = shopping.borrow();
    for (i, item) in list.iter().enumerate() {
        println!("{}: {}", i + 1, item);
    }
}
