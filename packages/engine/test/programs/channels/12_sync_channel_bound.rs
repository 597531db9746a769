use std::sync::mpsc;
use std::thread;

fn main() {
    // A bound of 2: the producer blocks when two items are waiting.
    let (tx, rx) = mpsc::sync_channel::<String>(2);

    let producer = thread::spawn(move || {
        for i in 0..6 {
            let item = format!("item-{}", i);
            tx.send(item).unwrap();
        }
        "producer done"
    });

    let mut seen = Vec::new();
    for item in rx.iter() {
        seen.push(item);
    }
    let status = producer.join().unwrap();
    println!("{}", status);
    println!("{}", seen.join(", "));
}
