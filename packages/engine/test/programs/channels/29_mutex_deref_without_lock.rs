use std::sync::{Arc, Mutex};
use std::thread;

fn main() {
    let total = Arc::new(Mutex::new(0u32));

    let mut handles = Vec::new();
    for n in 1..=4 {
        let total = Arc::clone(&total);
        handles.push(thread::spawn(move || {
            // Mistake: forgot to call lock() before adding.
            *total += n;
        }));
    }
    for h in handles {
        h.join().unwrap();
    }
    println!("{}", total.lock().unwrap());
}
