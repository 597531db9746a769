const HISTORY: &str = "0 3 6 9 12 15
1 3 6 10 15 21
10 13 16 21 30 45";

fn extrapolate(seq: &[i64]) -> (i64, i64) {
    if seq.iter().all(|&x| x == 0) {
        return (0, 0);
    }
    let diffs: Vec<i64> = seq.windows(2).map(|w| w[1] - w[0]).collect();
    let (prev, next) = extrapolate(&diffs);
    (seq[0] - prev, seq[seq.len() - 1] + next)
}

fn main() {
    let mut forward = 0;
    let mut backward = 0;
    for line in HISTORY.lines() {
        let seq: Vec<i64> = line
            .split_whitespace()
            .map(|t| t.parse::<i64>().unwrap())
            .collect();
        let (prev, next) = extrapolate(&seq);
        println!("{:?}: before {} after {}", seq, prev, next);
        forward += next;
        backward += prev;
    }
    println!("Part 1: {}", forward);
    println!("Part 2: {}", backward);
}
