// Mirage Maintenance: extrapolate with recursive differences
fn next_value(seq: &[i64]) -> i64 {
    if seq.iter().all(|&x| x == 0) {
        return 0;
    }
    let diffs: Vec<i64> = seq.windows(2).map(|w| w[1] - w[0]).collect();
    seq[seq.len() - 1] + next_value(&diffs)
}

fn previous_value(seq: &[i64]) -> i64 {
    let reversed: Vec<i64> = seq.iter().rev().cloned().collect();
    next_value(&reversed)
}

fn main() {
    let report = "0 3 6 9 12 15\n1 3 6 10 15 21\n10 13 16 21 30 45";
    let histories: Vec<Vec<i64>> = report
        .lines()
        .map(|l| l.split_whitespace().map(|n| n.parse().unwrap()).collect())
        .collect();

    let forward: i64 = histories.iter().map(|h| next_value(h)).sum();
    let backward: i64 = histories.iter().map(|h| previous_value(h)).sum();
    println!("sum of next values: {}", forward);
    println!("sum of previous values: {}", backward);
}
