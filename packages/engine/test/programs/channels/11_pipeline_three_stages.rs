use std::sync::mpsc;
use std::thread;

// Stage 1 produces numbers, stage 2 squares them, stage 3 keeps the even ones.
fn main() {
    let (raw_tx, raw_rx) = mpsc::channel::<u32>();
    let (sq_tx, sq_rx) = mpsc::channel::<u32>();
    let (out_tx, out_rx) = mpsc::channel::<u32>();

    let producer = thread::spawn(move || {
        for n in 1..=8 {
            raw_tx.send(n).unwrap();
        }
    });

    let squarer = thread::spawn(move || {
        for n in raw_rx {
            sq_tx.send(n * n).unwrap();
        }
    });

    let filter = thread::spawn(move || {
        for n in sq_rx {
            if n % 2 == 0 {
                out_tx.send(n).unwrap();
            }
        }
    });

    // A single chain keeps the order of the producer.
    let evens: Vec<u32> = out_rx.iter().collect();
    producer.join().unwrap();
    squarer.join().unwrap();
    filter.join().unwrap();
    println!("even squares: {:?}", evens);
}
