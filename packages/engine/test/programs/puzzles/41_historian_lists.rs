use std::collections::HashMap;

fn main() {
    let input = "3   4
4   3
2   5
1   3
3   9
3   3";
    let mut left: Vec<i64> = Vec::new();
    let mut right: Vec<i64> = Vec::new();
    for line in input.lines() {
        let mut nums = line.split_whitespace().map(|n| n.parse::<i64>().unwrap());
        left.push(nums.next().unwrap());
        right.push(nums.next().unwrap());
    }
    left.sort();
    right.sort();

    let distance: i64 = left.iter().zip(&right).map(|(a, b)| (a - b).abs()).sum();
    println!("total distance: {}", distance);

    let mut counts: HashMap<i64, i64> = HashMap::new();
    for r in &right {
        *counts.entry(*r).or_default() += 1;
    }
    let similarity: i64 = left
        .iter()
        .map(|l| l * counts.get(l).copied().unwrap_or(0))
        .sum();
    println!("similarity score: {}", similarity);
}
