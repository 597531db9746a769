use std::collections::HashSet;

const CHANGES: &str = "+7
+7
-2
-7
-4";

fn main() {
    let changes: Vec<i64> = CHANGES
        .lines()
        .map(|l| l.trim_start_matches('+').parse().unwrap())
        .collect();

    let final_freq: i64 = changes.iter().sum();
    println!("Part 1: {}", final_freq);

    let mut seen = HashSet::new();
    let mut freq = 0i64;
    seen.insert(freq);
    let mut rounds = 0;
    let repeated = 'scan: loop {
        rounds += 1;
        for &delta in &changes {
            freq += delta;
            if !seen.insert(freq) {
                break 'scan freq;
            }
        }
        if rounds > 1000 {
            panic!("no repeat found");
        }
    };
    println!("Part 2: {} (after {} passes)", repeated, rounds);
}
