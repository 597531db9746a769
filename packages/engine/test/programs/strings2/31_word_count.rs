use std::collections::HashMap;

fn main() {
    let text = "the quick brown fox jumps over the lazy dog The fox";
    let mut counts: HashMap<String, u32> = HashMap::new();
    for word in text.split_whitespace() {
        *counts.entry(word.to_lowercase()).or_insert(0) += 1;
    }

    let mut entries: Vec<(&String, &u32)> = counts.iter().collect();
    entries.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
    for (word, n) in &entries {
        println!("{:>6}: {}", word, n);
    }
    println!("distinct words: {}", counts.len());
    println!("total words: {}", text.split_whitespace().count());
}
