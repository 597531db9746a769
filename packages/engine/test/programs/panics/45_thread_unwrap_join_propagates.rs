// Unwrapping a failed join makes main panic too.
use std::thread;

fn main() {
    let workers: Vec<_> = (0..3)
        .map(|i| {
            thread::spawn(move || {
                if i == 1 {
                    panic!("worker {} failed", i);
                }
                i * 100
            })
        })
        .collect();
    let mut results = Vec::new();
    for w in workers {
        let r = w.join();
        results.push(r.is_ok());
    }
    println!("ok flags: {:?}", results);
    let h = thread::spawn(|| -> u32 { panic!("second round") });
    let value = h.join().unwrap();
    println!("value = {}", value);
}
