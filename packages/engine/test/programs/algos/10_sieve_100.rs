fn sieve(limit: usize) -> Vec<usize> {
    let mut is_prime = vec![true; limit + 1];
    is_prime[0] = false;
    if limit >= 1 {
        is_prime[1] = false;
    }
    let mut p = 2;
    while p * p <= limit {
        if is_prime[p] {
            let mut multiple = p * p;
            while multiple <= limit {
                is_prime[multiple] = false;
                multiple += p;
            }
        }
        p += 1;
    }
    is_prime
        .iter()
        .enumerate()
        .filter(|(_, &prime)| prime)
        .map(|(i, _)| i)
        .collect()
}

fn main() {
    let primes = sieve(100);
    println!("{} primes below 100:", primes.len());
    for row in primes.chunks(10) {
        let line: Vec<String> = row.iter().map(|p| format!("{:>3}", p)).collect();
        println!("{}", line.join(""));
    }
    let twins: Vec<(usize, usize)> = primes
        .windows(2)
        .filter(|w| w[1] - w[0] == 2)
        .map(|w| (w[0], w[1]))
        .collect();
    println!("twin primes: {:?}", twins);
}
