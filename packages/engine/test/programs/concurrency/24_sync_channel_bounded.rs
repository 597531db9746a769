use std::sync::mpsc;
use std::thread;

// A bounded channel: send blocks while the buffer is full.
fn main() {
    let (tx, rx) = mpsc::sync_channel::<u32>(2);

    let producer = thread::spawn(move || {
        for n in 1..=5 {
            tx.send(n * n).unwrap();
        }
        "producer done"
    });

    let mut got = Vec::new();
    while let Ok(v) = rx.recv() {
        got.push(v);
    }
    let msg = producer.join().unwrap();
    println!("{:?}", got);
    println!("{}", msg);
}
