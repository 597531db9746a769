use std::collections::HashSet;

fn main() {
    let mut primes: HashSet<u32> = HashSet::new();
    for n in 2..30 {
        if (2..n).all(|d| n % d != 0) {
            primes.insert(n);
        }
    }

    let mut sum = 0;
    for p in &primes {
        sum += p;
    }
    println!("count: {}", primes.len());
    println!("sum: {}", sum);

    let odd = primes.iter().filter(|&&p| p % 2 == 1).count();
    println!("odd primes: {}", odd);

    let biggest = primes.iter().max().unwrap();
    println!("biggest: {}", biggest);
    println!("has 23: {}", primes.contains(&23));
}
