use std::collections::HashMap;

// 2018 day 2: count box IDs with a letter exactly twice / three times
fn main() {
    let ids = ["abcdef", "bababc", "abbcde", "abcccd", "aabcdd", "abcdee", "ababab"];
    let mut tally: HashMap<usize, u32> = HashMap::new();

    for id in ids.iter() {
        let mut letters: HashMap<char, usize> = HashMap::new();
        for c in id.chars() {
            *letters.entry(c).or_insert(0) += 1;
        }
        let has_two = letters.values().any(|&n| n == 2);
        let has_three = letters.values().any(|&n| n == 3);
        if has_two {
            *tally.entry(2).or_insert(0) += 1;
        }
        if has_three {
            let twos = tally.get(&2).unwrap_or(&0);
            tally.insert(3, tally.get(&3).unwrap_or(&0) + 1);
            println!("{} has a triple ({} doubles so far)", id, twos);
        }
    }
    let checksum = tally[&2] * tally[&3];
    println!("checksum: {}", checksum);
}
