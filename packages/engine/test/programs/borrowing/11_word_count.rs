use std::collections::HashMap;

fn main() {
    let text = "the quick brown fox jumps over the lazy dog the end";
    let mut counts: HashMap<&str, u32> = HashMap::new();

    for word in text.split_whitespace() {
        *counts.entry(word).or_insert(0) += 1;
    }

    // get_mut gives a temporary &mut into the map
    if let Some(c) = counts.get_mut("fox") {
        *c += 10;
    }
    match counts.get_mut("cat") {
        Some(c) => *c += 1,
        None => println!("no cat in the text"),
    }

    let mut pairs: Vec<(&str, u32)> = counts.iter().map(|(k, v)| (*k, *v)).collect();
    pairs.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    for (word, n) in pairs.iter().take(4) {
        println!("{:>6}: {}", word, n);
    }
    println!("distinct words: {}", counts.len());
}
