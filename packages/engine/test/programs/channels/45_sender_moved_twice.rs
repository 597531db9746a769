use std::sync::mpsc;
use std::thread;

fn main() {
    let (tx, rx) = mpsc::channel::<&str>();

    let a = thread::spawn(move || {
        tx.send("from a").unwrap();
    });
    // Mistake: tx was already moved into the first thread; it should have been cloned.
    let b = thread::spawn(move || {
        tx.send("from b").unwrap();
    });

    a.join().unwrap();
    b.join().unwrap();
    let mut got: Vec<&str> = rx.iter().collect();
    got.sort();
    println!("{:?}", got);
}
