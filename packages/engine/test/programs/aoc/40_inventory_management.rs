// 2018 day 2
use std::collections::HashMap;

fn letter_counts(id: &str) -> HashMap<char, usize> {
    let mut counts = HashMap::new();
    for c in id.chars() {
        *counts.entry(c).or_insert(0) += 1;
    }
    counts
}

fn common_letters(a: &str, b: &str) -> Option<String> {
    let differing = a.chars().zip(b.chars()).filter(|(x, y)| x != y).count();
    if differing != 1 {
        return None;
    }
    Some(a.chars().zip(b.chars()).filter(|(x, y)| x == y).map(|(x, _)| x).collect())
}

fn main() {
    let part1_ids = ["abcdef", "bababc", "abbcde", "abcccd", "aabcdd", "abcdee", "ababab"];
    let (mut twos, mut threes) = (0, 0);
    for id in part1_ids {
        let counts = letter_counts(id);
        if counts.values().any(|&n| n == 2) {
            twos += 1;
        }
        if counts.values().any(|&n| n == 3) {
            threes += 1;
        }
    }
    println!("Part 1: {} * {} = {}", twos, threes, twos * threes);

    let part2_ids = ["abcde", "fghij", "klmno", "pqrst", "fguij", "axcye", "wvxyz"];
    'outer: for (i, a) in part2_ids.iter().enumerate() {
        for b in &part2_ids[i + 1..] {
            if let Some(common) = common_letters(a, b) {
                println!("Part 2: {} (from {} and {})", common, a, b);
                break 'outer;
            }
        }
    }
}
