use std::collections::HashMap;

// How many stones does one stone become after `blinks` blinks?
fn count(stone: u64, blinks: u32, memo: &mut HashMap<(u64, u32), u64>) -> u64 {
    if blinks == 0 {
        return 1;
    }
    if let Some(&known) = memo.get(&(stone, blinks)) {
        return known;
    }
    let digits = stone.to_string();
    let result = if stone == 0 {
        count(1, blinks - 1, memo)
    } else if digits.len() % 2 == 0 {
        let (a, b) = digits.split_at(digits.len() / 2);
        count(a.parse().unwrap(), blinks - 1, memo) + count(b.parse().unwrap(), blinks - 1, memo)
    } else {
        count(stone * 2024, blinks - 1, memo)
    };
    memo.insert((stone, blinks), result);
    result
}

fn main() {
    let stones: Vec<u64> = "125 17".split(' ').map(|s| s.parse().unwrap()).collect();
    let mut memo = HashMap::new();
    for blinks in [1, 6, 15] {
        let total: u64 = stones.iter().map(|&s| count(s, blinks, &mut memo)).sum();
        println!("after {:>2} blinks: {} stones", blinks, total);
    }
    println!("memo entries: {}", memo.len());
}
