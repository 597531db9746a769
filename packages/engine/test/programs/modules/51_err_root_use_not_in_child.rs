// expected: E0433 `HashMap` is not in scope inside `tally` (the root's `use` does not apply)
use std::collections::HashMap;

mod tally {
    pub fn votes(ballots: &[&str]) -> Vec<(String, u32)> {
        let mut counts = HashMap::new();
        for b in ballots {
            *counts.entry(b.to_string()).or_insert(0) += 1;
        }
        let mut v: Vec<(String, u32)> = counts.into_iter().collect();
        v.sort();
        v
    }
}

fn main() {
    let ballots = ["yes", "no", "yes", "abstain", "yes"];
    let _unused: HashMap<u8, u8> = HashMap::new();
    for (choice, n) in tally::votes(&ballots) {
        println!("{}: {}", choice, n);
    }
}
