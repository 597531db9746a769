// Week project: a generic LRU cache using HashMap for values and VecDeque for recency.
use std::collections::{HashMap, VecDeque};
use std::fmt::Debug;
use std::hash::Hash;

struct Lru<K, V> {
    cap: usize,
    map: HashMap<K, V>,
    order: VecDeque<K>,
}

#[derive(Debug, PartialEq)]
enum Lookup<V> {
    Hit(V),
    Miss,
}

impl<K: Hash + Eq + Clone + Debug, V: Clone> Lru<K, V> {
    fn with_capacity(cap: usize) -> Self {
        Lru { cap, map: HashMap::new(), order: VecDeque::new() }
    }

    fn touch(&mut self, key: &K) {
        if let Some(pos) = self.order.iter().position(|k| k == key) {
            let k = self.order.remove(pos).unwrap();
            self.order.push_back(k);
        }
    }

    fn get(&mut self, key: &K) -> Lookup<V> {
        if self.map.contains_key(key) {
            self.touch(key);
            Lookup::Hit(self.map[key].clone())
        } else {
            Lookup::Miss
        }
    }

    // Inserts and returns the evicted entry, if any.
    fn put(&mut self, key: K, value: V) -> Option<(K, V)> {
        if self.map.insert(key.clone(), value).is_some() {
            self.touch(&key);
            return None;
        }
        self.order.push_back(key);
        if self.order.len() > self.cap {
            let oldest = self.order.pop_front()?;
            let v = self.map.remove(&oldest)?;
            return Some((oldest, v));
        }
        None
    }

    fn order(&self) -> Vec<K> {
        self.order.iter().cloned().collect()
    }
}

#[derive(Debug, Clone, PartialEq)]
struct Page {
    url: String,
    bytes: usize,
}

fn fetch(url: &str) -> Page {
    Page { url: url.to_string(), bytes: url.len() * 100 }
}

fn main() {
    let mut cache: Lru<String, Page> = Lru::with_capacity(3);
    let visits = ["/home", "/about", "/home", "/blog", "/shop", "/about", "/home", "/blog"];
    let mut downloaded = 0;
    for url in visits {
        let key = url.to_string();
        match cache.get(&key) {
            Lookup::Hit(page) => println!("hit  {:<7} {} bytes", url, page.bytes),
            Lookup::Miss => {
                let page = fetch(url);
                downloaded += page.bytes;
                match cache.put(key, page) {
                    Some((old, _)) => println!("miss {:<7} evicted {}", url, old),
                    None => println!("miss {:<7}", url),
                }
            }
        }
        println!("      order: {:?}", cache.order());
    }
    println!("downloaded {} bytes in total", downloaded);

    let mut squares: Lru<u32, u64> = Lru::with_capacity(2);
    for n in [3, 4, 3, 5, 4] {
        if squares.get(&n) == Lookup::Miss {
            if let Some(ev) = squares.put(n, (n as u64).pow(2)) {
                println!("squares evicted {:?}", ev);
            }
        }
    }
    let mut keys: Vec<_> = squares.map.keys().copied().collect();
    keys.sort();
    println!("squares cached: {:?}, recency {:?}", keys, squares.order());
    println!("replace existing: {:?}", squares.put(5, 0));
}
