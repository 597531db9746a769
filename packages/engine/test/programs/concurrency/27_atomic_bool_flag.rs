use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;
use std::thread;

// A worker sets a flag when it finds a match.
fn main() {
    let found = Arc::new(AtomicBool::new(false));
    let checked = Arc::new(AtomicUsize::new(0));
    let data = vec![3, 8, 15, 22, 42, 7];

    let worker = {
        let found = Arc::clone(&found);
        let checked = Arc::clone(&checked);
        thread::spawn(move || {
            for x in data {
                checked.fetch_add(1, Ordering::SeqCst);
                if x == 42 {
                    found.store(true, Ordering::SeqCst);
                    break;
                }
            }
        })
    };
    worker.join().unwrap();

    println!("found 42: {}", found.load(Ordering::SeqCst));
    println!("items checked: {}", checked.load(Ordering::SeqCst));
}
