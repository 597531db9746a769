// Insert word counts and watch the table resize; print keys sorted.
use std::collections::HashMap;

fn main() {
    let text = "the cat sat on the mat while the dog sat by the door of a red barn near the old mill";
    let mut counts: HashMap<&str, usize> = HashMap::new();
    let mut cap = counts.capacity();
    for word in text.split_whitespace() {
        *counts.entry(word).or_insert(0) += 1;
        if counts.capacity() != cap {
            cap = counts.capacity();
            println!("at {} keys, capacity -> {}", counts.len(), cap);
        }
    }
    let mut keys: Vec<_> = counts.iter().collect();
    keys.sort();
    for (w, n) in keys.iter().take(5) {
        println!("{} = {}", w, n);
    }
    println!("distinct words: {}", counts.len());
}
