use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::thread;

fn main() {
    let (tx, rx) = mpsc::channel::<u32>();
    let rx = Arc::new(Mutex::new(rx));
    let done = Arc::new(Mutex::new(Vec::new()));

    let mut workers = Vec::new();
    for _ in 0..2 {
        let rx = Arc::clone(&rx);
        let done = Arc::clone(&done);
        workers.push(thread::spawn(move || {
            // The temporary guard is dropped at the end of this statement,
            // so the other worker can take the next job.
            while let Some(n) = { let r = rx.lock().unwrap().recv().ok(); r } {
                done.lock().unwrap().push(n * 2);
            }
        }));
    }

    for n in 0..6 {
        tx.send(n).unwrap();
    }
    drop(tx);
    for w in workers {
        w.join().unwrap();
    }
    let mut v = done.lock().unwrap().clone();
    v.sort();
    println!("{:?}", v);
}
