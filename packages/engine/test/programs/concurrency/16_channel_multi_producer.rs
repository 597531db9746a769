use std::sync::mpsc;
use std::thread;

// Clone the sender for each producer; drop the original so the loop can end.
fn main() {
    let (tx, rx) = mpsc::channel();

    for producer in 1..=3 {
        let tx = tx.clone();
        thread::spawn(move || {
            for item in 0..3 {
                tx.send(producer * 10 + item).unwrap();
            }
        });
    }
    drop(tx);

    let mut all: Vec<i32> = rx.iter().collect();
    all.sort();
    println!("received {} items", all.len());
    println!("{:?}", all);
}
