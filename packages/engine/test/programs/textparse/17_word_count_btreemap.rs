// Word frequencies in sorted order using a BTreeMap.
use std::collections::BTreeMap;

fn main() {
    let text = "the cat sat on the mat. The cat was happy; the mat was not!";
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();

    for raw in text.split_whitespace() {
        let word: String = raw
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase();
        if word.is_empty() {
            continue;
        }
        *counts.entry(word).or_insert(0) += 1;
    }

    for (word, n) in &counts {
        println!("{:<6} {}", word, n);
    }
    // Most frequent word (ties broken alphabetically because the map is sorted).
    let (best, n) = counts.iter().max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0))).unwrap();
    println!("most common: {} ({} times)", best, n);
}
