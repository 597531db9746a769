use std::sync::mpsc;
use std::thread;

fn main() {
    // Bound 0: every send waits until the receiver takes the value.
    let (tx, rx) = mpsc::sync_channel::<u32>(0);
    let (ack_tx, ack_rx) = mpsc::channel::<u32>();

    let runner = thread::spawn(move || {
        for lap in 1..=4 {
            tx.send(lap).unwrap();
            let ack = ack_rx.recv().unwrap();
            assert_eq!(ack, lap);
        }
    });

    let mut laps = Vec::new();
    for lap in rx.iter() {
        laps.push(lap * 100);
        ack_tx.send(lap).unwrap();
    }
    runner.join().unwrap();
    println!("lap times: {:?}", laps);
}
