use std::sync::mpsc;
use std::thread;

// Two stages connected by channels: generate -> square -> main.
fn main() {
    let (raw_tx, raw_rx) = mpsc::channel();
    let (sq_tx, sq_rx) = mpsc::channel();

    let generator = thread::spawn(move || {
        for n in 1..=6 {
            raw_tx.send(n).unwrap();
        }
    });

    let squarer = thread::spawn(move || {
        for n in raw_rx {
            if n % 2 == 0 {
                sq_tx.send(n * n).unwrap();
            }
        }
    });

    let results: Vec<i32> = sq_rx.iter().collect();
    generator.join().unwrap();
    squarer.join().unwrap();
    println!("even squares: {:?}", results);
}
