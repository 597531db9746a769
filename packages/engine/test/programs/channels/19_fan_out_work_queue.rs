use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::thread;

fn collatz_steps(mut n: u64) -> u32 {
    let mut steps = 0;
    while n != 1 {
        n = if n % 2 == 0 { n / 2 } else { 3 * n + 1 };
        steps += 1;
    }
    steps
}

fn main() {
    let (job_tx, job_rx) = mpsc::channel::<u64>();
    let (res_tx, res_rx) = mpsc::channel::<(u64, u32)>();
    let job_rx = Arc::new(Mutex::new(job_rx));

    // Fan out: three workers share one receiver.
    let mut workers = Vec::new();
    for _ in 0..3 {
        let job_rx = Arc::clone(&job_rx);
        let res_tx = res_tx.clone();
        workers.push(thread::spawn(move || loop {
            let next = job_rx.lock().unwrap().recv();
            match next {
                Ok(n) => res_tx.send((n, collatz_steps(n))).unwrap(),
                Err(_) => break,
            }
        }));
    }
    drop(res_tx);

    for n in 1..=10 {
        job_tx.send(n).unwrap();
    }
    drop(job_tx);

    // Fan in: results arrive in any order, so sort them.
    let mut results: Vec<(u64, u32)> = res_rx.iter().collect();
    results.sort();
    for w in workers {
        w.join().unwrap();
    }
    for (n, s) in results {
        println!("{:>2} -> {} steps", n, s);
    }
}
