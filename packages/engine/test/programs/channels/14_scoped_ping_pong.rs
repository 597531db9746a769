use std::sync::mpsc;
use std::thread;

fn main() {
    let (ping_tx, ping_rx) = mpsc::channel::<u32>();
    let (pong_tx, pong_rx) = mpsc::channel::<u32>();
    let mut log: Vec<String> = Vec::new();

    thread::scope(|s| {
        // The ponger answers each ping with the value plus one.
        s.spawn(move || {
            for v in ping_rx {
                pong_tx.send(v + 1).unwrap();
            }
        });

        let mut value = 0;
        for _ in 0..5 {
            ping_tx.send(value).unwrap();
            value = pong_rx.recv().unwrap();
            log.push(format!("got {}", value));
        }
        drop(ping_tx);
    });

    for line in &log {
        println!("{}", line);
    }
}
