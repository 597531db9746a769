use std::collections::HashMap;

fn main() {
    let text = "the quick brown fox jumps over the lazy dog the end";
    let mut counts: HashMap<&str, i32> = HashMap::new();

    for word in text.split_whitespace() {
        let count = counts.entry(word).or_insert(0);
        *count += 1;
    }

    let mut words: Vec<(&str, i32)> = counts.into_iter().collect();
    words.sort();
    for (word, n) in &words {
        println!("{}: {}", word, n);
    }
}
