use std::collections::VecDeque;

// An LRU-ish cache: the most recently used key is at the back of the queue.
struct LruCache {
    capacity: usize,
    entries: VecDeque<(String, String)>,
    hits: u32,
    misses: u32,
}

impl LruCache {
    fn new(capacity: usize) -> Self {
        LruCache { capacity, entries: VecDeque::new(), hits: 0, misses: 0 }
    }

    fn get(&mut self, key: &str) -> Option<&String> {
        match self.entries.iter().position(|(k, _)| k == key) {
            Some(i) => {
                self.hits += 1;
                let entry = self.entries.remove(i).unwrap();
                self.entries.push_back(entry);
                self.entries.back().map(|(_, v)| v)
            }
            None => {
                self.misses += 1;
                None
            }
        }
    }

    fn put(&mut self, key: &str, value: &str) -> Option<String> {
        if let Some(i) = self.entries.iter().position(|(k, _)| k == key) {
            self.entries.remove(i);
        }
        let mut evicted = None;
        if self.entries.len() == self.capacity {
            evicted = self.entries.pop_front().map(|(k, _)| k);
        }
        self.entries.push_back((key.to_string(), value.to_string()));
        evicted
    }

    fn keys(&self) -> Vec<&str> {
        self.entries.iter().map(|(k, _)| k.as_str()).collect()
    }
}

fn main() {
    let mut cache = LruCache::new(3);
    cache.put("/index.html", "<h1>Home</h1>");
    cache.put("/about.html", "<h1>About</h1>");
    cache.put("/blog.html", "<h1>Blog</h1>");
    println!("keys: {:?}", cache.keys());

    println!("get /index.html -> {:?}", cache.get("/index.html"));
    if let Some(old) = cache.put("/contact.html", "<h1>Contact</h1>") {
        println!("evicted {}", old);
    }
    println!("keys: {:?}", cache.keys());
    println!("get /about.html -> {:?}", cache.get("/about.html"));
    cache.put("/blog.html", "<h1>Blog v2</h1>");
    println!("keys: {:?}", cache.keys());
    println!("get /blog.html -> {:?}", cache.get("/blog.html").map(|s| s.len()));
    println!("hits={} misses={}", cache.hits, cache.misses);
}
