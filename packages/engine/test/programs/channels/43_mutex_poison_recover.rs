use std::sync::{Arc, Mutex};
use std::thread;

fn main() {
    let stock = Arc::new(Mutex::new(10));

    let s = Arc::clone(&stock);
    let crashed = thread::spawn(move || {
        let mut guard = s.lock().unwrap();
        *guard -= 3;
        if *guard < 8 {
            panic!("stock too low");
        }
    })
    .join();
    println!("worker crashed: {}", crashed.is_err());

    // The mutex is poisoned, but we can still take the data out of the error.
    let value = match stock.lock() {
        Ok(g) => *g,
        Err(poisoned) => {
            println!("lock was poisoned");
            *poisoned.into_inner()
        }
    };
    println!("stock = {}", value);
}
