use std::sync::mpsc;
use std::thread;

// One value travels from the spawned thread to main.
fn main() {
    let (tx, rx) = mpsc::channel();

    let handle = thread::spawn(move || {
        let greeting = String::from("hi from the worker");
        tx.send(greeting).unwrap();
    });

    let received = rx.recv().unwrap();
    handle.join().unwrap();
    println!("Got: {}", received);
}
