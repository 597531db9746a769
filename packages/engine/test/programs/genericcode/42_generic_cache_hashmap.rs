use std::collections::HashMap;
use std::hash::Hash;

// A memo table generic over key and value.
struct Cache<K, V> {
    map: HashMap<K, V>,
    hits: u32,
    misses: u32,
}

impl<K: Hash + Eq + Clone, V: Clone> Cache<K, V> {
    fn new() -> Self {
        Cache { map: HashMap::new(), hits: 0, misses: 0 }
    }

    fn get_or_compute<F: FnOnce(&K) -> V>(&mut self, key: K, compute: F) -> V {
        if let Some(v) = self.map.get(&key) {
            self.hits += 1;
            return v.clone();
        }
        self.misses += 1;
        let v = compute(&key);
        self.map.insert(key, v.clone());
        v
    }
}

fn main() {
    let mut lengths: Cache<String, usize> = Cache::new();
    for w in ["tree", "sky", "tree", "river", "sky", "tree"] {
        let n = lengths.get_or_compute(w.to_string(), |k| k.len());
        println!("{} -> {}", w, n);
    }
    println!("hits {} misses {}", lengths.hits, lengths.misses);

    let mut squares: Cache<u64, u64> = Cache::new();
    let total: u64 = [3, 4, 3, 3].iter().map(|&n| squares.get_or_compute(n, |k| k * k)).sum();
    println!("total {} hits {}", total, squares.hits);
    let mut keys: Vec<_> = squares.map.keys().collect();
    keys.sort();
    println!("{:?}", keys);
}
