// A letter histogram with BTreeMap<char, u32> and bars of stars.
use std::collections::BTreeMap;

fn main() {
    let phrase = "Mississippi River";
    let mut hist: BTreeMap<char, u32> = BTreeMap::new();
    for c in phrase.chars().filter(|c| c.is_alphabetic()) {
        *hist.entry(c.to_ascii_lowercase()).or_default() += 1;
    }
    for (letter, count) in &hist {
        println!("{} | {}", letter, "*".repeat(*count as usize));
    }
    let distinct = hist.len();
    let total: u32 = hist.values().sum();
    println!("{} letters, {} distinct", total, distinct);
}
