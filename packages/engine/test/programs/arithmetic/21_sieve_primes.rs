// Sieve of Eratosthenes.

fn sieve(limit: usize) -> Vec<usize> {
    let mut is_prime = vec![true; limit + 1];
    is_prime[0] = false;
    if limit >= 1 {
        is_prime[1] = false;
    }
    let mut i = 2;
    while i * i <= limit {
        if is_prime[i] {
            let mut j = i * i;
            while j <= limit {
                is_prime[j] = false;
                j += i;
            }
        }
        i += 1;
    }
    is_prime
        .iter()
        .enumerate()
        .filter(|(_, &p)| p)
        .map(|(n, _)| n)
        .collect()
}

fn is_prime(n: u64) -> bool {
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
    let primes = sieve(100);
    println!("{} primes below 100: {:?}", primes.len(), primes);
    println!("sum of primes below 1000: {}", sieve(1000).iter().sum::<usize>());
    for n in [1u64, 2, 91, 97, 7919, 1_000_000_007] {
        println!("is_prime({}) = {}", n, is_prime(n));
    }
}
