use std::collections::HashMap;

fn main() {
    let codes = vec![("US", "United States"), ("FR", "France"), ("JP", "Japan")];
    let lookup: HashMap<&str, &str> = codes.into_iter().collect();
    println!("FR -> {}", lookup["FR"]);
    println!("DE -> {:?}", lookup.get("DE"));

    let text = "one fish two fish red fish blue fish";
    let mut freq: HashMap<&str, usize> = HashMap::new();
    for w in text.split_whitespace() {
        *freq.entry(w).or_insert(0) += 1;
    }
    let mut pairs: Vec<(&str, usize)> = freq.into_iter().collect();
    pairs.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    for (w, n) in pairs {
        println!("{:<5} {}", w, n);
    }
}
