// Iterating a HashMap by value moves it; using it afterwards fails.
use std::collections::HashMap;

fn main() {
    let text = "one fish two fish red fish blue fish";
    let mut counts: HashMap<&str, u32> = HashMap::new();
    for word in text.split_whitespace() {
        *counts.entry(word).or_insert(0) += 1;
    }
    let mut rows = Vec::new();
    for (word, n) in counts {
        rows.push(format!("{}: {}", word, n));
    }
    rows.sort();
    println!("{}", rows.join("\n"));
    println!("{} distinct words", counts.len());
}
