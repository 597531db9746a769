use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::thread;

fn main() {
    let hits = Arc::new(AtomicUsize::new(0));
    let log = Arc::new(Mutex::new(Vec::new()));

    let handles: Vec<_> = (0..5)
        .map(|id| {
            let hits = Arc::clone(&hits);
            let log = Arc::clone(&log);
            thread::spawn(move || {
                hits.fetch_add(id + 1, Ordering::SeqCst);
                log.lock().unwrap().push(id);
            })
        })
        .collect();

    for h in handles {
        h.join().unwrap();
    }

    let mut ids = Arc::try_unwrap(log).unwrap().into_inner().unwrap();
    ids.sort();
    println!("hits = {}", hits.load(Ordering::SeqCst));
    println!("ids = {:?}", ids);
}
