use std::sync::mpsc;
use std::thread;

// Mistake: send() takes ownership, so `val` is gone afterwards.
fn main() {
    let (tx, rx) = mpsc::channel();

    let handle = thread::spawn(move || {
        let val = String::from("hi");
        tx.send(val).unwrap();
        println!("val is {}", val);
    });

    let received = rx.recv().unwrap();
    handle.join().unwrap();
    println!("Got: {}", received);
}
