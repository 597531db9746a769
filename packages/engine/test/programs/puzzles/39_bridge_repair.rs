// 2024 day 7: try + and * (and || for part 2) between the numbers, left to right
fn can_make(target: u64, acc: u64, rest: &[u64], concat: bool) -> bool {
    if acc > target {
        return false;
    }
    match rest.split_first() {
        None => acc == target,
        Some((&next, tail)) => {
            can_make(target, acc + next, tail, concat)
                || can_make(target, acc * next, tail, concat)
                || (concat && can_make(target, format!("{}{}", acc, next).parse().unwrap(), tail, concat))
        }
    }
}

fn main() {
    let input = "190: 10 19
3267: 81 40 27
83: 17 5
156: 15 6
7290: 6 8 6 15
161011: 16 10 13
192: 17 8 14
21037: 9 7 18 13
292: 11 6 16 20";

    let mut part1 = 0;
    let mut part2 = 0;
    for line in input.lines() {
        let (target, nums) = line.split_once(':').unwrap();
        let target: u64 = target.parse().unwrap();
        let nums: Vec<u64> = nums.split_whitespace().map(|n| n.parse().unwrap()).collect();
        if can_make(target, nums[0], &nums[1..], false) {
            part1 += target;
        }
        if can_make(target, nums[0], &nums[1..], true) {
            part2 += target;
        }
    }
    println!("Part 1: {}", part1);
    println!("Part 2: {}", part2);
}
