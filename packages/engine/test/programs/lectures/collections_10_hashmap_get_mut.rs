// Updating values in a HashMap: get_mut, entry, or_default, and_modify.
use std::collections::HashMap;

fn main() {
    let mut balances: HashMap<&str, i64> = HashMap::new();
    balances.insert("alice", 100);
    balances.insert("bob", 50);

    if let Some(b) = balances.get_mut("alice") {
        *b -= 30;
    }
    *balances.entry("carol").or_insert(0) += 20;
    balances.entry("bob").and_modify(|b| *b *= 2).or_insert(1);
    balances.entry("dave").and_modify(|b| *b *= 2).or_insert(1);

    let mut keys: Vec<_> = balances.keys().copied().collect();
    keys.sort();
    for k in &keys {
        println!("{:>6}: {}", k, balances[k]);
    }

    let mut groups: HashMap<usize, Vec<&str>> = HashMap::new();
    for w in ["a", "to", "the", "an", "of", "and", "I"] {
        groups.entry(w.len()).or_default().push(w);
    }
    let mut lens: Vec<_> = groups.into_iter().collect();
    lens.sort();
    for (len, words) in lens {
        println!("length {}: {:?}", len, words);
    }

    let total: i64 = balances.values().sum();
    println!("total = {}", total);
    let removed = balances.remove("bob");
    println!("removed bob: {:?}, now {} accounts", removed, balances.len());
    println!("get missing: {:?}", balances.get("zed"));
}
