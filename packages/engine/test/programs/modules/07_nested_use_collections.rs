use std::collections::{BTreeMap, HashMap, HashSet};

mod words {
    use std::collections::HashMap;

    pub fn count(text: &str) -> HashMap<String, usize> {
        let mut map = HashMap::new();
        for w in text.split_whitespace() {
            *map.entry(w.to_lowercase()).or_insert(0) += 1;
        }
        map
    }
}

fn main() {
    let text = "the quick brown fox jumps over the lazy dog The End";
    let counts: HashMap<String, usize> = words::count(text);

    // A BTreeMap keeps the keys sorted, so the output is deterministic.
    let sorted: BTreeMap<_, _> = counts.iter().collect();
    for (word, n) in &sorted {
        println!("{:<6} {}", word, n);
    }

    let unique: HashSet<char> = text.chars().filter(|c| c.is_alphabetic()).collect();
    println!("distinct letters: {}", unique.len());
}
