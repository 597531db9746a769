use std::collections::HashMap;

fn main() {
    let text = "the quick brown fox jumps over the lazy dog the fox";
    let mut counts: HashMap<&str, usize> = HashMap::new();

    text.split_whitespace().for_each(|w| *counts.entry(w).or_insert(0) += 1);

    let mut pairs: Vec<(&str, usize)> = counts.into_iter().collect();
    pairs.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));

    for (word, n) in pairs.iter().take(4) {
        println!("{:<6} {}", word, n);
    }

    let mut lengths: HashMap<usize, Vec<&str>> = HashMap::new();
    for w in text.split_whitespace() {
        let bucket = lengths.entry(w.len()).or_insert_with(Vec::new);
        if !bucket.contains(&w) {
            bucket.push(w);
        }
    }
    let mut keys: Vec<_> = lengths.keys().copied().collect();
    keys.sort_unstable();
    for k in keys {
        let mut ws = lengths[&k].clone();
        ws.sort();
        println!("{} letters: {}", k, ws.join(","));
    }
}
