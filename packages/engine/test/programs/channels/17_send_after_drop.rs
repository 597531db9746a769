use std::sync::mpsc;
use std::thread;

fn main() {
    let (tx, rx) = mpsc::channel();

    let reader = thread::spawn(move || {
        let mut got = Vec::new();
        for msg in rx {
            got.push(msg);
        }
        got
    });

    tx.send(1).unwrap();
    tx.send(2).unwrap();
    drop(tx);
    // Mistake: tx was dropped on the line above.
    tx.send(3).unwrap();

    println!("{:?}", reader.join().unwrap());
}
