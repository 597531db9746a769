use std::collections::{HashMap, VecDeque};

/// A least-recently-used cache. The VecDeque keeps keys from oldest (front)
/// to most recently used (back).
struct LruCache {
    capacity: usize,
    map: HashMap<String, String>,
    order: VecDeque<String>,
    hits: u32,
    misses: u32,
}

impl LruCache {
    fn new(capacity: usize) -> Self {
        LruCache {
            capacity,
            map: HashMap::new(),
            order: VecDeque::with_capacity(capacity),
            hits: 0,
            misses: 0,
        }
    }

    fn touch(&mut self, key: &str) {
        if let Some(pos) = self.order.iter().position(|k| k == key) {
            let k = self.order.remove(pos).unwrap();
            self.order.push_back(k);
        }
    }

    fn get(&mut self, key: &str) -> Option<&String> {
        if self.map.contains_key(key) {
            self.hits += 1;
            self.touch(key);
            self.map.get(key)
        } else {
            self.misses += 1;
            None
        }
    }

    fn put(&mut self, key: &str, value: &str) -> Option<String> {
        if self.map.contains_key(key) {
            self.touch(key);
            self.map.insert(key.to_string(), value.to_string());
            return None;
        }
        let mut evicted = None;
        if self.map.len() == self.capacity {
            if let Some(old) = self.order.pop_front() {
                self.map.remove(&old);
                evicted = Some(old);
            }
        }
        self.order.push_back(key.to_string());
        self.map.insert(key.to_string(), value.to_string());
        evicted
    }

    fn keys(&self) -> Vec<&str> {
        self.order.iter().map(|s| s.as_str()).collect()
    }
}

fn main() {
    let mut cache = LruCache::new(3);
    let pages = [
        ("/home", "<h1>Home</h1>"),
        ("/about", "<h1>About us</h1>"),
        ("/blog", "<h1>Blog</h1>"),
    ];
    for (url, html) in pages.iter() {
        cache.put(url, html);
    }
    println!("after loading: {:?}", cache.keys());

    println!("get /home  -> {:?}", cache.get("/home"));
    println!("get /shop  -> {:?}", cache.get("/shop"));
    match cache.put("/shop", "<h1>Shop</h1>") {
        Some(old) => println!("evicted {}", old),
        None => println!("nothing evicted"),
    }
    println!("now: {:?}", cache.keys());

    cache.put("/blog", "<h1>Blog v2</h1>");
    println!("after update: {:?}", cache.keys());
    if let Some(ev) = cache.put("/contact", "<h1>Contact</h1>") {
        println!("evicted {}", ev);
    }

    let requests = ["/blog", "/about", "/home", "/contact", "/blog", "/shop"];
    for r in requests {
        let found = cache.get(r).is_some();
        println!("{:<9} {}", r, if found { "HIT" } else { "miss" });
    }
    println!("final order: {:?}", cache.keys());
    println!("hits={} misses={} ratio={:.1}%", cache.hits, cache.misses,
        100.0 * cache.hits as f64 / (cache.hits + cache.misses) as f64);
    println!("/blog = {}", cache.get("/blog").unwrap());
}
