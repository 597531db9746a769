use std::collections::HashMap;

fn main() {
    let text = "the cat sat on the mat the end";

    let mut counts: HashMap<&str, usize> = HashMap::new();
    for word in text.split_whitespace() {
        *counts.entry(word).or_insert(0) += 1;
    }

    let mut sorted: Vec<(&str, usize)> = counts.into_iter().collect();
    sorted.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    for (word, n) in &sorted {
        println!("{:>4} {}", word, n);
    }

    let ages: HashMap<String, u32> = vec![("alice", 31), ("bob", 27), ("carol", 45)]
        .into_iter()
        .map(|(name, age)| (name.to_string(), age))
        .collect();
    let mut names: Vec<&String> = ages.keys().collect();
    names.sort();
    for name in names {
        println!("{} is {}", name, ages[name]);
    }

    let lengths: HashMap<usize, Vec<&str>> = text.split_whitespace().fold(HashMap::new(), |mut m, w| {
        m.entry(w.len()).or_insert_with(Vec::new).push(w);
        m
    });
    let mut keys: Vec<_> = lengths.keys().copied().collect();
    keys.sort();
    for k in keys {
        println!("len {}: {:?}", k, lengths[&k]);
    }
}
