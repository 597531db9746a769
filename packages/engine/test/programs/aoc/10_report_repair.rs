use std::collections::HashSet;

const EXPENSES: &str = "1721
979
366
299
675
1456";

fn two_sum(nums: &[i32], target: i32) -> Option<(i32, i32)> {
    let mut seen = HashSet::new();
    for &n in nums {
        if seen.contains(&(target - n)) {
            return Some((target - n, n));
        }
        seen.insert(n);
    }
    None
}

fn three_sum(nums: &[i32], target: i32) -> Option<(i32, i32, i32)> {
    for (i, &a) in nums.iter().enumerate() {
        if let Some((b, c)) = two_sum(&nums[i + 1..], target - a) {
            return Some((a, b, c));
        }
    }
    None
}

fn main() {
    let nums: Vec<i32> = EXPENSES.lines().map(|l| l.parse().unwrap()).collect();

    match two_sum(&nums, 2020) {
        Some((a, b)) => println!("Part 1: {} * {} = {}", a, b, a * b),
        None => println!("Part 1: no pair"),
    }
    if let Some((a, b, c)) = three_sum(&nums, 2020) {
        println!("Part 2: {} * {} * {} = {}", a, b, c, a as i64 * b as i64 * c as i64);
    }
    println!("pair for 100? {:?}", two_sum(&nums, 100));
}
