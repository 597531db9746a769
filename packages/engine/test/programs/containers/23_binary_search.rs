fn main() {
    let primes = vec![2, 3, 5, 7, 11, 13, 17, 19, 23, 29];

    for target in [13, 4, 30, 2] {
        match primes.binary_search(&target) {
            Ok(i) => println!("{} found at index {}", target, i),
            Err(i) => println!("{} not found, would go at index {}", target, i),
        }
    }

    // keep a vector sorted while inserting
    let mut sorted: Vec<i32> = Vec::new();
    for x in [50, 10, 40, 20, 30, 10] {
        let pos = sorted.binary_search(&x).unwrap_or_else(|e| e);
        sorted.insert(pos, x);
    }
    println!("sorted inserts: {:?}", sorted);
}
