use std::collections::HashMap;

fn main() {
    let word = "mississippi";
    let mut freq: HashMap<char, u32> = HashMap::new();
    for ch in word.chars() {
        let count = freq.entry(ch).or_insert(0);
        *count += 1;
    }

    let mut letters: Vec<(char, u32)> = freq.iter().map(|(c, n)| (*c, *n)).collect();
    letters.sort();
    for (c, n) in &letters {
        println!("{}: {}", c, n);
    }

    let total: u32 = freq.values().sum();
    println!("total letters: {}", total);
    let most = letters.iter().max_by_key(|(c, n)| (*n, *c)).unwrap();
    println!("most common: {} ({} times)", most.0, most.1);
}
