use std::collections::HashMap;

fn main() {
    let text = "the cat and the hat and the bat";
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for w in text.split_whitespace() {
        *counts.entry(w).or_insert(0) += 1;
    }
    let mut pairs: Vec<(&str, usize)> = counts.into_iter().collect();
    pairs.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));

    println!("{:<6}{:>6}  {}", "word", "count", "bar");
    for (word, n) in &pairs {
        println!("{:<6}{:>6}  {}", word, n, "█".repeat(*n));
    }
    println!("{:?}", pairs);
}
