use std::sync::mpsc;
use std::thread;

fn main() {
    let (tx, rx) = mpsc::channel();

    // The spawned thread owns tx and sends one greeting.
    let handle = thread::spawn(move || {
        let msg = String::from("hello from the worker");
        tx.send(msg).unwrap();
    });

    let received = rx.recv().unwrap();
    println!("main got: {}", received);
    handle.join().unwrap();
}
