use std::collections::HashMap;

fn char_histogram(s: &str) -> HashMap<char, usize> {
    let mut map = HashMap::new();
    for c in s.chars().filter(|c| !c.is_whitespace()) {
        let count = map.entry(c.to_ascii_lowercase()).or_insert(0);
        *count += 1;
    }
    map
}

fn main() {
    let text = "Hello Rustaceans";
    let hist = char_histogram(text);

    let mut keys: Vec<&char> = hist.keys().collect();
    keys.sort();
    for k in keys {
        println!("{} {:>2} {}", k, hist[k], "*".repeat(hist[k]));
    }

    let most = hist
        .iter()
        .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))
        .unwrap();
    println!("most common: {:?} x{}", most.0, most.1);

    let first_unique = text.chars().find(|c| hist.get(&c.to_ascii_lowercase()) == Some(&1));
    println!("first unique: {:?}", first_unique);
}
