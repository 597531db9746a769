// Week project: memoising an expensive lookup in an LRU cache. The key is used after it was moved.
use std::collections::VecDeque;

struct Cache {
    capacity: usize,
    slots: VecDeque<(String, usize)>,
}

impl Cache {
    fn new(capacity: usize) -> Cache {
        Cache { capacity, slots: VecDeque::new() }
    }

    fn lookup(&mut self, key: &str) -> Option<usize> {
        let pos = self.slots.iter().position(|(k, _)| k == key)?;
        let slot = self.slots.remove(pos)?;
        let value = slot.1;
        self.slots.push_front(slot);
        Some(value)
    }

    fn store(&mut self, key: String, value: usize) {
        if self.slots.len() == self.capacity {
            let (old, _) = self.slots.pop_back().unwrap();
            println!("    evict {}", old);
        }
        self.slots.push_front((key, value));
    }

    fn keys(&self) -> Vec<&str> {
        self.slots.iter().map(|(k, _)| k.as_str()).collect()
    }
}

// Counts the vowels in the word: our stand-in for a slow computation.
fn vowel_count(word: &str) -> usize {
    word.chars().filter(|c| "aeiou".contains(c.to_ascii_lowercase())).count()
}

struct Stats {
    hits: usize,
    misses: usize,
}

fn vowels_cached(cache: &mut Cache, stats: &mut Stats, word: &str) -> usize {
    if let Some(v) = cache.lookup(word) {
        stats.hits += 1;
        return v;
    }
    stats.misses += 1;
    let key = word.to_lowercase();
    let value = vowel_count(&key);
    cache.store(key, value);
    println!("    computed {} for {}", value, key);
    value
}

fn main() {
    let mut cache = Cache::new(3);
    let mut stats = Stats { hits: 0, misses: 0 };
    let words = ["banana", "kiwi", "banana", "apple", "cherry", "kiwi", "banana", "fig"];
    let mut total = 0;
    for w in words {
        println!("{}:", w);
        total += vowels_cached(&mut cache, &mut stats, w);
        println!("    cache {:?}", cache.keys());
    }
    println!("total vowels {}, hits {}, misses {}", total, stats.hits, stats.misses);

    let hit_rate = stats.hits as f64 / words.len() as f64;
    println!("hit rate {:.0}%", hit_rate * 100.0);
    let mut remaining: Vec<(String, usize)> = cache.slots.into_iter().collect();
    remaining.sort();
    println!("left in cache: {:?}", remaining);
}
