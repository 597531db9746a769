use std::collections::HashMap;
use std::cmp::Reverse;

fn top_words(text: &str, k: usize) -> Vec<(String, usize)> {
    let mut counts: HashMap<String, usize> = HashMap::new();
    for word in text
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .map(|w| w.to_lowercase())
    {
        *counts.entry(word).or_default() += 1;
    }
    let mut v: Vec<(String, usize)> = counts.into_iter().collect();
    v.sort_by_key(|(w, c)| (Reverse(*c), w.clone()));
    v.into_iter().take(k).collect()
}

fn main() {
    let text = "It was the best of times, it was the worst of times; it was the age of wisdom.";
    for (w, c) in top_words(text, 4) {
        println!("{:>6} x{}", w, c);
    }
}
