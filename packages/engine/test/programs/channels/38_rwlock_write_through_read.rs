use std::sync::{Arc, RwLock};
use std::thread;

fn main() {
    let scores = Arc::new(RwLock::new(vec![10, 20, 30]));

    let s = Arc::clone(&scores);
    let h = thread::spawn(move || {
        let guard = s.read().unwrap();
        // Mistake: a read guard gives only shared access.
        guard.push(40);
    });

    h.join().unwrap();
    println!("{:?}", scores.read().unwrap());
}
