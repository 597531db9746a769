use std::sync::mpsc;
use std::thread;

fn main() {
    let (tx, rx) = mpsc::channel::<i32>();

    let consumer = thread::spawn(move || {
        let mut total = 0;
        while let Ok(n) = rx.recv() {
            total += n;
        }
        total
    });

    for i in 1..=10 {
        tx.send(i).unwrap();
    }
    drop(tx); // without this the consumer would wait forever

    let total = consumer.join().unwrap();
    println!("sum of 1..=10 = {}", total);
}
