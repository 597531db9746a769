use std::sync::mpsc;
use std::thread;

fn main() {
    let (tx, rx) = mpsc::channel();
    let mut handles = Vec::new();

    for id in 0..4 {
        let tx = tx.clone();
        handles.push(thread::spawn(move || {
            for k in 0..3 {
                tx.send(id * 10 + k).unwrap();
            }
        }));
    }
    // Drop the original so the receiver loop can finish.
    drop(tx);

    let mut results: Vec<i32> = rx.iter().collect();
    for h in handles {
        h.join().unwrap();
    }
    results.sort();
    println!("{:?}", results);
    println!("received {} values", results.len());
}
