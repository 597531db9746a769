use std::collections::HashMap;

fn main() {
    let mut cache: HashMap<u64, u64> = HashMap::new();
    cache.insert(0, 0);
    cache.insert(1, 1);

    let previous = cache.get(&1).unwrap();
    cache.insert(2, *previous + 1);
    println!("fib(1) was {}", previous);
    println!("cache size {}", cache.len());
}
