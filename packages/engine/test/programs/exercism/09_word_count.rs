// Word count: count words (lowercased, apostrophes inside words kept), print sorted.
use std::collections::HashMap;

fn word_count(text: &str) -> HashMap<String, u32> {
    let mut counts = HashMap::new();
    let words = text
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .map(|w| w.trim_matches('\''))
        .filter(|w| !w.is_empty());
    for w in words {
        *counts.entry(w.to_lowercase()).or_insert(0) += 1;
    }
    counts
}

fn main() {
    let text = "Joe can't tell between 'large' and large. Large? LARGE, said Joe; one,two,three";
    let counts = word_count(text);
    let mut entries: Vec<(&String, &u32)> = counts.iter().collect();
    entries.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
    for (word, n) in entries {
        println!("{:8} {}", word, n);
    }
}
