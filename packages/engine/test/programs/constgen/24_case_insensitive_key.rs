use std::collections::HashMap;
use std::hash::{Hash, Hasher};

// A username that compares and hashes without regard to case.
#[derive(Debug, Clone)]
struct Username(String);

impl PartialEq for Username {
    fn eq(&self, other: &Self) -> bool {
        self.0.to_lowercase() == other.0.to_lowercase()
    }
}

impl Eq for Username {}

// Hash must agree with eq: hash the lowercase form.
impl Hash for Username {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.0.to_lowercase().hash(state);
    }
}

fn main() {
    let logins = ["Alice", "bob", "ALICE", "Bob", "carol", "alice"];
    let mut counts: HashMap<Username, u32> = HashMap::new();
    for name in logins {
        *counts.entry(Username(name.to_string())).or_insert(0) += 1;
    }
    // The key keeps the spelling of its first insertion.
    let mut rows: Vec<(String, u32)> = counts
        .iter()
        .map(|(k, v)| (k.0.clone(), *v))
        .collect();
    rows.sort();
    for (name, n) in rows {
        println!("{:<6} logged in {} time(s)", name, n);
    }
    let probe = Username("CAROL".to_string());
    println!("carol known: {}", counts.contains_key(&probe));
}
