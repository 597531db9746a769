use std::sync::mpsc;
use std::thread;

// Mistake: `tx` moves into the first producer, the second cannot use it.
fn main() {
    let (tx, rx) = mpsc::channel();

    thread::spawn(move || {
        tx.send("from one").unwrap();
    });
    thread::spawn(move || {
        tx.send("from two").unwrap();
    });

    let mut got: Vec<&str> = rx.iter().collect();
    got.sort();
    println!("{:?}", got);
}
