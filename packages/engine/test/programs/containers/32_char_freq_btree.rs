use std::collections::BTreeMap;

fn main() {
    let sentence = "Mississippi River";
    let mut freq: BTreeMap<char, usize> = BTreeMap::new();
    for ch in sentence.to_lowercase().chars().filter(|c| c.is_alphabetic()) {
        *freq.entry(ch).or_insert(0) += 1;
    }

    for (ch, n) in &freq {
        println!("{} {}", ch, "*".repeat(*n));
    }

    let (top, count) = freq.iter().max_by_key(|&(c, n)| (*n, std::cmp::Reverse(*c))).unwrap();
    println!("most common: '{}' x{}", top, count);
}
