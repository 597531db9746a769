use std::sync::{Arc, Mutex};
use std::thread;

// A thread that panics while holding the lock poisons the mutex.
fn main() {
    let data = Arc::new(Mutex::new(1));

    let d = Arc::clone(&data);
    let result = thread::spawn(move || {
        let mut guard = d.lock().unwrap();
        *guard += 1;
        panic!("oops while holding the lock");
    })
    .join();

    println!("thread failed: {}", result.is_err());
    println!("poisoned: {}", data.is_poisoned());

    let value = match data.lock() {
        Ok(g) => *g,
        Err(poisoned) => *poisoned.into_inner(),
    };
    println!("value inside: {}", value);
}
