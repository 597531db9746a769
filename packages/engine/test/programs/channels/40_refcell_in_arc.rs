use std::cell::RefCell;
use std::sync::Arc;
use std::thread;

fn main() {
    let cache = Arc::new(RefCell::new(Vec::<u32>::new()));

    let c = Arc::clone(&cache);
    // Mistake: RefCell is not Sync, so Arc<RefCell<_>> cannot be sent to a thread.
    let h = thread::spawn(move || {
        c.borrow_mut().push(1);
    });

    h.join().unwrap();
    println!("{:?}", cache.borrow());
}
