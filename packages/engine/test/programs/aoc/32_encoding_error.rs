// XMAS cipher, 2020 day 9, preamble of 5 for the example
const DATA: &str = "35
20
15
25
47
40
62
55
65
95
102
117
150
182
127
219
299
277
309
576";

fn is_sum_of_two(window: &[u64], target: u64) -> bool {
    for i in 0..window.len() {
        for j in i + 1..window.len() {
            if window[i] + window[j] == target && window[i] != window[j] {
                return true;
            }
        }
    }
    false
}

fn find_invalid(nums: &[u64], preamble: usize) -> Option<u64> {
    (preamble..nums.len())
        .find(|&i| !is_sum_of_two(&nums[i - preamble..i], nums[i]))
        .map(|i| nums[i])
}

fn find_weakness(nums: &[u64], target: u64) -> Option<u64> {
    let (mut lo, mut hi, mut sum) = (0, 0, 0);
    while hi < nums.len() {
        if sum < target || hi - lo < 2 {
            sum += nums[hi];
            hi += 1;
        } else if sum > target {
            sum -= nums[lo];
            lo += 1;
        } else {
            let range = &nums[lo..hi];
            return Some(range.iter().min()? + range.iter().max()?);
        }
    }
    None
}

fn main() {
    let nums: Vec<u64> = DATA.lines().map(|l| l.parse().unwrap()).collect();
    let invalid = find_invalid(&nums, 5).expect("every number was valid");
    println!("Part 1: {}", invalid);
    match find_weakness(&nums, invalid) {
        Some(w) => println!("Part 2: {}", w),
        None => println!("Part 2: not found"),
    }
}
