fn main() {
    let mut primes = vec![2, 3, 5];
    println!("len {} cap {}", primes.len(), primes.capacity());
    primes.push(7);
    println!("len {} cap {}", primes.len(), primes.capacity());
    primes.push(11);
    primes.push(13);
    primes.push(17);
    println!("len {} cap {}", primes.len(), primes.capacity());

    let empty: Vec<u8> = Vec::with_capacity(0);
    println!("empty cap {}", empty.capacity());

    let mut bytes: Vec<u8> = Vec::new();
    bytes.push(1);
    println!("bytes after one push: cap {}", bytes.capacity());
}
