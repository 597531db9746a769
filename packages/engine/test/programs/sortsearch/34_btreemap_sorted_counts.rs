use std::collections::BTreeMap;

// Counting words; BTreeMap iterates in key order, so output is deterministic.
fn main() {
    let text = "the cat and the hat and the bat";
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for w in text.split_whitespace() {
        *counts.entry(w).or_insert(0) += 1;
    }
    for (w, c) in &counts {
        println!("{}: {}", w, c);
    }
    let mut by_count: Vec<(&str, usize)> = counts.into_iter().collect();
    by_count.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    println!("{:?}", by_count);
}
