// binary_search returns Ok(index) when found, Err(insertion point) otherwise.
fn main() {
    let primes = [2, 3, 5, 7, 11, 13, 17, 19];
    for target in [7, 8, 1, 23] {
        match primes.binary_search(&target) {
            Ok(i) => println!("{} found at {}", target, i),
            Err(i) => println!("{} not found, would go at {}", target, i),
        }
    }
}
