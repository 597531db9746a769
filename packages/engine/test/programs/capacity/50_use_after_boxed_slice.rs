// Freezing a Vec into a boxed slice moves it.
fn main() {
    let mut primes = Vec::with_capacity(8);
    for p in [2, 3, 5, 7, 11] {
        primes.push(p);
    }
    let frozen: Box<[i32]> = primes.into_boxed_slice();
    println!("frozen len={}", frozen.len());
    println!("old vec cap={}", primes.capacity());
}
