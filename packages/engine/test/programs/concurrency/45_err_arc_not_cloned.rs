use std::sync::{Arc, Mutex};
use std::thread;

// Mistake: the Arc itself is moved into the first thread instead of a clone.
fn main() {
    let counter = Arc::new(Mutex::new(0));

    let first = thread::spawn(move || {
        *counter.lock().unwrap() += 1;
    });
    let c2 = Arc::clone(&counter);
    let second = thread::spawn(move || {
        *c2.lock().unwrap() += 1;
    });

    first.join().unwrap();
    second.join().unwrap();
}
