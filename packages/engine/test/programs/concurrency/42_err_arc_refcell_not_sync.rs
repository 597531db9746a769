use std::cell::RefCell;
use std::sync::Arc;
use std::thread;

// Mistake: RefCell is not Sync, so Arc<RefCell<_>> is not Send.
fn main() {
    let score = Arc::new(RefCell::new(0));

    let s = Arc::clone(&score);
    let handle = thread::spawn(move || {
        *s.borrow_mut() += 5;
    });
    handle.join().unwrap();

    println!("score = {}", score.borrow());
}
