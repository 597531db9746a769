// Sieve of Eratosthenes.
fn primes_up_to(upper_bound: u64) -> Vec<u64> {
    let n = upper_bound as usize;
    if n < 2 {
        return vec![];
    }
    let mut is_prime = vec![true; n + 1];
    is_prime[0] = false;
    is_prime[1] = false;
    let mut i = 2;
    while i * i <= n {
        if is_prime[i] {
            let mut j = i * i;
            while j <= n {
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
        .map(|(k, _)| k as u64)
        .collect()
}

fn main() {
    println!("{:?}", primes_up_to(1));
    println!("{:?}", primes_up_to(2));
    println!("{:?}", primes_up_to(50));
    let big = primes_up_to(1000);
    println!("{} primes below 1000, largest {}", big.len(), big.last().unwrap());
}
