// Puzzle: the same cache, written so that today's borrow checker accepts it.
use std::collections::HashMap;

fn get_or_create(cache: &mut HashMap<u32, String>, key: u32) -> &mut String {
    if !cache.contains_key(&key) {
        cache.insert(key, format!("item-{}", key));
    }
    cache.get_mut(&key).unwrap()
}

fn get_with_entry(cache: &mut HashMap<u32, String>, key: u32) -> &mut String {
    cache.entry(key).or_insert_with(|| format!("entry-{}", key))
}

fn main() {
    let mut cache = HashMap::new();
    get_or_create(&mut cache, 1).push_str("!");
    get_or_create(&mut cache, 1).push_str("?");
    get_with_entry(&mut cache, 2).push_str("#");
    get_with_entry(&mut cache, 1).push_str("+");

    let mut keys: Vec<_> = cache.keys().copied().collect();
    keys.sort();
    for k in keys {
        println!("{} => {}", k, cache[&k]);
    }
}
