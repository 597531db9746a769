// Puzzle: return the cached entry if there is one, otherwise create it.
use std::collections::HashMap;

fn get_or_create(cache: &mut HashMap<u32, String>, key: u32) -> &mut String {
    if let Some(v) = cache.get_mut(&key) {
        return v;
    }
    cache.insert(key, format!("item-{}", key));
    cache.get_mut(&key).unwrap()
}

fn main() {
    let mut cache = HashMap::new();
    get_or_create(&mut cache, 1).push_str("!");
    get_or_create(&mut cache, 1).push_str("?");
    println!("{}", cache[&1]);
}
