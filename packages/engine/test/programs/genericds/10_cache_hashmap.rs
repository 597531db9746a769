// A tiny memo cache: keys need Hash + Eq to live in a HashMap.
use std::collections::HashMap;
use std::hash::Hash;

struct Cache<K, V> {
    map: HashMap<K, V>,
    hits: u32,
    misses: u32,
}

impl<K: Hash + Eq + Clone, V: Clone> Cache<K, V> {
    fn new() -> Self {
        Cache { map: HashMap::new(), hits: 0, misses: 0 }
    }

    fn get_or_compute<F: Fn(&K) -> V>(&mut self, key: K, compute: F) -> V {
        if let Some(v) = self.map.get(&key) {
            self.hits += 1;
            return v.clone();
        }
        self.misses += 1;
        let value = compute(&key);
        self.map.insert(key, value.clone());
        value
    }
}

fn main() {
    let mut squares: Cache<u64, u64> = Cache::new();
    for n in [4, 5, 4, 4, 9, 5] {
        let v = squares.get_or_compute(n, |k| k * k);
        println!("{}^2 = {}", n, v);
    }
    println!("hits = {}, misses = {}", squares.hits, squares.misses);

    let mut lengths: Cache<String, usize> = Cache::new();
    let a = lengths.get_or_compute(String::from("ferris"), |s| s.len());
    let b = lengths.get_or_compute(String::from("ferris"), |s| s.len());
    println!("lengths: {} {} (hits = {})", a, b, lengths.hits);
}
