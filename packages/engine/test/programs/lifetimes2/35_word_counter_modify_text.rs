// Mutating the text while the map still borrows it.
use std::collections::HashMap;

fn main() {
    let mut text = String::from("one two one");
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for w in text.split(' ') {
        *counts.entry(w).or_insert(0) += 1;
    }
    text.push_str(" three");
    println!("one -> {}", counts["one"]);
}
