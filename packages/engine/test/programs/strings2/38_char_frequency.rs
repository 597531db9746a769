use std::collections::BTreeMap;

fn main() {
    let text = "Mississippi";
    let mut freq: BTreeMap<char, usize> = BTreeMap::new();
    for c in text.to_lowercase().chars() {
        *freq.entry(c).or_insert(0) += 1;
    }
    for (c, n) in &freq {
        println!("{} {}", c, "*".repeat(*n));
    }

    let most = freq.iter().max_by_key(|(_, &n)| n).unwrap();
    println!("most common: {:?}", most);

    let mut unicode: BTreeMap<char, usize> = BTreeMap::new();
    for c in "ёжик ёлка".chars().filter(|c| !c.is_whitespace()) {
        *unicode.entry(c).or_default() += 1;
    }
    println!("{:?}", unicode);
}
