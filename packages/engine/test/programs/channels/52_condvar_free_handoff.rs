use std::sync::mpsc;
use std::thread;

// A relay race: each runner waits for the baton from the previous one.
fn main() {
    let runners = ["ava", "bo", "cy", "di"];
    let (first_tx, mut prev_rx) = mpsc::channel::<Vec<String>>();
    let mut handles = Vec::new();

    for name in runners {
        let (next_tx, next_rx) = mpsc::channel::<Vec<String>>();
        let rx = prev_rx;
        handles.push(thread::spawn(move || {
            let mut baton = rx.recv().unwrap();
            baton.push(name.to_string());
            next_tx.send(baton).unwrap();
        }));
        prev_rx = next_rx;
    }

    first_tx.send(Vec::new()).unwrap();
    let finished = prev_rx.recv().unwrap();
    for h in handles {
        h.join().unwrap();
    }
    println!("order: {}", finished.join(" -> "));
}
