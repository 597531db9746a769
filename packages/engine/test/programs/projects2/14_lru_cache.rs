// Week project: a least-recently-used cache using a VecDeque for recency order.
use std::collections::VecDeque;

#[derive(Debug)]
struct Entry {
    key: String,
    value: u64,
}

struct LruCache {
    capacity: usize,
    // front = most recently used, back = least recently used
    entries: VecDeque<Entry>,
    hits: u32,
    misses: u32,
    evicted: Vec<String>,
}

impl LruCache {
    fn new(capacity: usize) -> Self {
        assert!(capacity > 0, "capacity must be positive");
        LruCache { capacity, entries: VecDeque::with_capacity(capacity), hits: 0, misses: 0, evicted: Vec::new() }
    }

    fn position(&self, key: &str) -> Option<usize> {
        self.entries.iter().position(|e| e.key == key)
    }

    fn get(&mut self, key: &str) -> Option<u64> {
        match self.position(key) {
            Some(i) => {
                self.hits += 1;
                let entry = self.entries.remove(i).unwrap();
                let value = entry.value;
                self.entries.push_front(entry);
                Some(value)
            }
            None => {
                self.misses += 1;
                None
            }
        }
    }

    fn put(&mut self, key: &str, value: u64) {
        if let Some(i) = self.position(key) {
            self.entries.remove(i);
        } else if self.entries.len() == self.capacity {
            if let Some(old) = self.entries.pop_back() {
                self.evicted.push(old.key);
            }
        }
        self.entries.push_front(Entry { key: key.to_string(), value });
    }

    fn keys(&self) -> Vec<&str> {
        self.entries.iter().map(|e| e.key.as_str()).collect()
    }
}

// An "expensive" function we want to cache: number of digits in n!.
fn factorial_digits(n: u64) -> u64 {
    let mut digits = vec![1u32];
    for k in 2..=n as u32 {
        let mut carry = 0;
        for d in digits.iter_mut() {
            let x = *d * k + carry;
            *d = x % 10;
            carry = x / 10;
        }
        while carry > 0 {
            digits.push(carry % 10);
            carry /= 10;
        }
    }
    digits.len() as u64
}

fn cached_digits(cache: &mut LruCache, n: u64) -> u64 {
    let key = format!("fact{}", n);
    if let Some(v) = cache.get(&key) {
        return v;
    }
    let v = factorial_digits(n);
    cache.put(&key, v);
    v
}

fn main() {
    let mut cache = LruCache::new(3);
    let requests = [10, 20, 10, 30, 40, 20, 10, 40, 50, 40];
    for n in requests {
        let d = cached_digits(&mut cache, n);
        println!("{:>2}! has {:>2} digits   cache: {:?}", n, d, cache.keys());
    }
    println!("hits {}, misses {}", cache.hits, cache.misses);
    println!("evicted in order: {:?}", cache.evicted);

    let mut small = LruCache::new(2);
    small.put("a", 1);
    small.put("b", 2);
    small.put("a", 10);
    small.put("c", 3);
    println!("small: {:?}", small.keys());
    let b = small.get("b");
    let a = small.get("a");
    println!("get b = {:?}, get a = {:?}, now {:?}", b, a, small.keys());
    let total: u64 = small.entries.iter().map(|e| e.value).sum();
    println!("sum of cached values: {}", total);
}
