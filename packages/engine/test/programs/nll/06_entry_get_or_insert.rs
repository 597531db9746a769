// The entry API solves "look it up, or insert it" in one borrow.
use std::collections::HashMap;

fn cached_len<'a>(cache: &'a mut HashMap<String, usize>, word: &str) -> &'a mut usize {
    cache.entry(word.to_string()).or_insert_with(|| word.len())
}

fn main() {
    let mut cache: HashMap<String, usize> = HashMap::new();
    for w in ["apple", "kiwi", "apple", "banana", "kiwi", "apple"] {
        let slot = cached_len(&mut cache, w);
        *slot += 100; // count each lookup on top of the length
    }

    let mut keys: Vec<_> = cache.iter().collect();
    keys.sort();
    for (k, v) in keys {
        println!("{k}: {v}");
    }
}
