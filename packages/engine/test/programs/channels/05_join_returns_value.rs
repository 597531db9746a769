use std::thread;

fn is_prime(n: u32) -> bool {
    if n < 2 {
        return false;
    }
    let mut d = 2;
    while d * d <= n {
        if n % d == 0 {
            return false;
        }
        d += 1;
    }
    true
}

fn main() {
    // Each thread counts primes in its own range and returns the count.
    let ranges = vec![(0, 100), (100, 200), (200, 300)];
    let handles: Vec<_> = ranges
        .into_iter()
        .map(|(lo, hi)| thread::spawn(move || (lo..hi).filter(|&n| is_prime(n)).count()))
        .collect();

    let mut total = 0;
    for (i, h) in handles.into_iter().enumerate() {
        let c = h.join().unwrap();
        println!("range {}: {} primes", i, c);
        total += c;
    }
    println!("total primes below 300: {}", total);
}
