use std::sync::{Arc, Mutex};
use std::thread;

// Threads push into a shared vector; the order is not fixed, so sort before printing.
fn main() {
    let finished = Arc::new(Mutex::new(Vec::new()));
    let mut handles = Vec::new();

    for id in 0..6 {
        let finished = Arc::clone(&finished);
        handles.push(thread::spawn(move || {
            let label = format!("task-{}", id * 7 % 6);
            finished.lock().unwrap().push(label);
        }));
    }

    for h in handles {
        h.join().unwrap();
    }

    let mut done = finished.lock().unwrap().clone();
    done.sort();
    println!("{} tasks finished", done.len());
    for name in &done {
        println!("  {}", name);
    }
}
