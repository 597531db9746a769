// Counting words with the entry API; printed in sorted order.
use std::collections::HashMap;

fn main() {
    let text = "the cat sat on the mat the end";
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for word in text.split_whitespace() {
        *counts.entry(word).or_insert(0) += 1;
    }

    counts.entry("cat").and_modify(|c| *c += 100).or_insert(1);
    counts.entry("dog").and_modify(|c| *c += 100).or_insert(1);

    let mut sorted: Vec<(&str, usize)> = counts.iter().map(|(k, v)| (*k, *v)).collect();
    sorted.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    for (w, c) in sorted {
        println!("{:>4} {}", c, w);
    }
}
