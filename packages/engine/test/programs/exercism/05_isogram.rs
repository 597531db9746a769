// Isogram: no letter repeats (spaces and hyphens may repeat).
use std::collections::HashSet;

fn check(candidate: &str) -> bool {
    let mut seen = HashSet::new();
    for c in candidate.chars() {
        if c == ' ' || c == '-' {
            continue;
        }
        if !seen.insert(c.to_ascii_lowercase()) {
            return false;
        }
    }
    true
}

fn main() {
    let words = ["lumberjacks", "background", "downstream", "six-year-old", "isograms", "Alphabet", ""];
    for w in &words {
        println!("{:14} isogram? {}", w, check(w));
    }
}
