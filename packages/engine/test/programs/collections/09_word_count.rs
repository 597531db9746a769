use std::collections::HashMap;

fn main() {
    let text = "hello world wonderful world hello hello";

    let mut counts = HashMap::new();

    for word in text.split_whitespace() {
        *counts.entry(word).or_insert(0) += 1;
    }

    // sort the keys so the output order is always the same
    let mut words: Vec<&str> = counts.keys().copied().collect();
    words.sort();
    for w in &words {
        println!("{}: {}", w, counts[w]);
    }
    println!("distinct words: {}", counts.len());

    let total: i32 = counts.values().sum();
    println!("total words: {}", total);
}
