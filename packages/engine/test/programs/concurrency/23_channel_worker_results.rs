use std::sync::mpsc;
use std::thread;

fn is_prime(n: u32) -> bool {
    n >= 2 && (2..n).take_while(|d| d * d <= n).all(|d| n % d != 0)
}

// Workers send (id, count) pairs; main sorts them by id.
fn main() {
    let (tx, rx) = mpsc::channel();
    let ranges = vec![(0, 50), (50, 100), (100, 150), (150, 200)];

    for (id, (lo, hi)) in ranges.into_iter().enumerate() {
        let tx = tx.clone();
        thread::spawn(move || {
            let count = (lo..hi).filter(|&n| is_prime(n)).count();
            tx.send((id, count)).unwrap();
        });
    }
    drop(tx);

    let mut results: Vec<(usize, usize)> = rx.into_iter().collect();
    results.sort();
    for (id, count) in &results {
        println!("range {}: {} primes", id, count);
    }
    let total: usize = results.iter().map(|(_, c)| c).sum();
    println!("total primes below 200: {}", total);
}
