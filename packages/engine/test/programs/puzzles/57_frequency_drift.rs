use std::collections::HashSet;

// 2018 day 1: Chronal Calibration. One line of the input got corrupted,
// and the program trusts every line.
fn main() {
    let changes = "+1\n-2\n+3\n+1\n+7x\n-4";
    let mut frequency: i64 = 0;
    let mut seen = HashSet::new();
    seen.insert(0);
    for line in changes.lines() {
        let delta: i64 = line.parse().unwrap();
        frequency += delta;
        println!("{:>3} -> {}", line, frequency);
        if !seen.insert(frequency) {
            println!("first repeated frequency: {}", frequency);
        }
    }
    println!("resulting frequency: {}", frequency);
}
