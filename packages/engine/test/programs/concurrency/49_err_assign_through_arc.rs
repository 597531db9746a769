use std::sync::Arc;
use std::thread;

// Mistake: Arc only gives shared access; assigning needs a Mutex or an atomic.
fn main() {
    let total = Arc::new(0);
    let mut handles = Vec::new();

    for _ in 0..3 {
        let total = Arc::clone(&total);
        handles.push(thread::spawn(move || {
            *total += 1;
        }));
    }
    for h in handles {
        h.join().unwrap();
    }
    println!("total = {}", total);
}
