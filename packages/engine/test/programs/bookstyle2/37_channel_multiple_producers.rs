// Several producers share one channel by cloning the Sender.
use std::sync::mpsc;
use std::thread;

fn main() {
    let (tx, rx) = mpsc::channel();

    let mut handles = vec![];
    for station in ["north", "south", "east"] {
        let tx = tx.clone();
        handles.push(thread::spawn(move || {
            for reading in 1..=2 {
                tx.send(format!("{}: reading {}", station, reading)).unwrap();
            }
        }));
    }
    // Drop the original sender so the receiver loop can finish.
    drop(tx);

    for h in handles {
        h.join().unwrap();
    }

    // Arrival order depends on scheduling, so sort before printing.
    let mut received: Vec<String> = rx.iter().collect();
    received.sort();
    for msg in &received {
        println!("{}", msg);
    }
    println!("{} messages in total", received.len());
}
