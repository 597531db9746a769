use std::sync::mpsc;
use std::thread;

fn main() {
    let (tx, rx) = mpsc::channel();

    thread::spawn(move || {
        let words = vec!["one", "two", "three", "four"];
        for w in words {
            tx.send(w.to_string()).unwrap();
        }
        // tx is dropped here, which ends the loop in main
    });

    // Iterating the receiver stops once every sender is gone.
    let mut count = 0;
    for word in rx {
        count += 1;
        println!("{}: {}", count, word);
    }
    println!("channel closed after {} messages", count);
}
