use std::cell::RefCell;

// Compiles fine, but the borrow rules are checked at run time.
fn main() {
    let scores = RefCell::new(vec![90, 75, 60]);

    let view = scores.borrow();
    println!("best score so far: {}", view[0]);

    // `view` is still alive here, so this borrow_mut panics.
    scores.borrow_mut().push(100);

    println!("count: {}", view.len());
}
