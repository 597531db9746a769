// Set algebra with HashSet; results sorted before printing.
use std::collections::HashSet;

fn sorted(set: &HashSet<&str>) -> Vec<String> {
    let mut v: Vec<String> = set.iter().map(|s| s.to_string()).collect();
    v.sort();
    v
}

fn main() {
    let rust: HashSet<&str> = ["ana", "ben", "chloe", "dev", "eli"].into_iter().collect();
    let python: HashSet<&str> = ["ben", "dev", "fay", "gus"].into_iter().collect();

    let both: HashSet<&str> = rust.intersection(&python).cloned().collect();
    let either: HashSet<&str> = rust.union(&python).cloned().collect();
    let only_rust: HashSet<&str> = rust.difference(&python).cloned().collect();
    let one_of: HashSet<&str> = rust.symmetric_difference(&python).cloned().collect();

    println!("both:      {:?}", sorted(&both));
    println!("either:    {:?}", sorted(&either));
    println!("only rust: {:?}", sorted(&only_rust));
    println!("exactly 1: {:?}", sorted(&one_of));

    let mut seen = HashSet::new();
    let mut dups = Vec::new();
    for n in [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5] {
        if !seen.insert(n) {
            dups.push(n);
        }
    }
    println!("duplicates in order: {:?}", dups);
    let mut uniq: Vec<_> = seen.into_iter().collect();
    uniq.sort_unstable();
    println!("unique: {:?}", uniq);
    println!("is subset: {}", both.is_subset(&rust));
    println!("contains gus: {}", python.contains("gus"));
}
