// A cache of computed results, keyed by the input.
use std::collections::HashMap;
use std::hash::Hash;

struct Cache<K, V> {
    map: HashMap<K, V>,
}

impl<K: Hash + Eq, V: Copy> Cache<K, V> {
    fn new() -> Self {
        Cache { map: HashMap::new() }
    }

    fn store(&mut self, key: K, value: V) {
        self.map.insert(key, value);
    }

    fn lookup(&self, key: &K) -> Option<V> {
        self.map.get(key).copied()
    }
}

fn main() {
    let mut roots: Cache<f64, f64> = Cache { map: HashMap::new() };
    roots.store(2.0, 2.0_f64.sqrt());
    println!("sqrt(2) = {:?}", roots.lookup(&2.0));

    let mut words: Cache<&str, usize> = Cache::new();
    words.store("hello", 5);
    println!("{:?}", words.lookup(&"hello"));
}
