use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::thread;

fn main() {
    let ledger = Arc::new(Mutex::new(Vec::<String>::new()));
    let (locked_tx, locked_rx) = mpsc::channel::<()>();
    let (release_tx, release_rx) = mpsc::channel::<()>();

    let holder = {
        let ledger = Arc::clone(&ledger);
        thread::spawn(move || {
            let mut guard = ledger.lock().unwrap();
            guard.push(String::from("holder wrote first"));
            locked_tx.send(()).unwrap(); // tell main we hold the lock
            release_rx.recv().unwrap(); // wait for permission to release
            guard.push(String::from("holder releasing"));
        })
    };

    locked_rx.recv().unwrap();
    let waiter = {
        let ledger = Arc::clone(&ledger);
        thread::spawn(move || {
            // Blocks here until the holder's guard is dropped.
            let mut guard = ledger.lock().unwrap();
            guard.push(String::from("waiter got the lock"));
        })
    };
    release_tx.send(()).unwrap();

    holder.join().unwrap();
    waiter.join().unwrap();
    for line in ledger.lock().unwrap().iter() {
        println!("{}", line);
    }
}
