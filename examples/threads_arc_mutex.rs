// Threads: a counter shared through Arc<Mutex<i32>> (the Book, chapter 16).
// Each thread gets its own clone of the Arc: one heap block, counted.
// memviz runs each spawned thread to its end as soon as it is spawned.
use std::sync::{Arc, Mutex};
use std::thread;

fn main() {
    let counter = Arc::new(Mutex::new(0));
    let mut handles = vec![];

    for _ in 0..3 {
        let counter = Arc::clone(&counter);
        let handle = thread::spawn(move || {
            let mut num = counter.lock().unwrap();
            *num += 1;
        });
        handles.push(handle);
    }

    for handle in handles {
        handle.join().unwrap();
    }

    println!("Result: {}", *counter.lock().unwrap());
}
