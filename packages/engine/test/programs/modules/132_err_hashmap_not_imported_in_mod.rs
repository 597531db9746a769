use std::collections::HashMap;

mod text {
    pub fn most_common(words: &[&str]) -> (String, usize) {
        let mut counts = HashMap::new();
        for w in words {
            *counts.entry(w.to_string()).or_insert(0) += 1;
        }
        let mut best = (String::new(), 0);
        for (w, n) in counts {
            if n > best.1 || (n == best.1 && w < best.0) {
                best = (w, n);
            }
        }
        best
    }
}

fn main() {
    let words = ["red", "blue", "red", "green", "blue", "red"];
    let (w, n) = text::most_common(&words);
    println!("most common: {} ({} times)", w, n);
    let mut lengths: HashMap<&str, usize> = HashMap::new();
    for w in words {
        lengths.insert(w, w.len());
    }
    println!("distinct words: {}", lengths.len());
}
