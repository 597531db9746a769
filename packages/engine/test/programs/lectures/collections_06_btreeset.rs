// BTreeSet keeps elements unique and ordered.
use std::collections::BTreeSet;

fn main() {
    let mut primes = BTreeSet::new();
    for n in 2..50u32 {
        if (2..n).all(|d| n % d != 0) {
            primes.insert(n);
        }
    }
    println!("primes: {:?}", primes);
    println!("count {}, first {:?}, last {:?}", primes.len(), primes.iter().next(), primes.iter().next_back());

    let between: Vec<_> = primes.range(10..30).collect();
    println!("between 10 and 30: {:?}", between);

    let odds: BTreeSet<u32> = (1..20).filter(|n| n % 2 == 1).collect();
    let odd_primes: Vec<_> = primes.intersection(&odds).collect();
    println!("odd primes below 20: {:?}", odd_primes);

    let mut tags: BTreeSet<String> = BTreeSet::new();
    for t in ["rust", "memory", "Rust", "borrow", "memory", "lifetimes"] {
        let added = tags.insert(t.to_lowercase());
        println!("insert {:<10} -> {}", t, added);
    }
    println!("tags: {:?}", tags);
    tags.remove("memory");
    let joined: Vec<&str> = tags.iter().map(|s| s.as_str()).collect();
    println!("after remove: {}", joined.join(" | "));
    if let Some(first) = tags.pop_first() {
        println!("popped first: {}", first);
    }
    println!("remaining: {}", tags.len());
}
