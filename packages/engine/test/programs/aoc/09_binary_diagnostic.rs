// Day 3 of 2021: gamma / epsilon rates and life support rating
const REPORT: &str = "00100
11110
10110
10111
10101
01111
00111
11100
10000
11001
00010
01010";

fn ones_at(nums: &[u32], bit: usize) -> usize {
    nums.iter().filter(|&&n| (n >> bit) & 1 == 1).count()
}

fn rating(mut nums: Vec<u32>, width: usize, keep_common: bool) -> u32 {
    for bit in (0..width).rev() {
        if nums.len() == 1 {
            break;
        }
        let ones = ones_at(&nums, bit);
        let zeros = nums.len() - ones;
        let wanted = if keep_common { (ones >= zeros) as u32 } else { (ones < zeros) as u32 };
        nums.retain(|n| (n >> bit) & 1 == wanted);
    }
    nums[0]
}

fn main() {
    let width = REPORT.lines().next().unwrap().len();
    let nums: Vec<u32> = REPORT
        .lines()
        .map(|l| u32::from_str_radix(l, 2).unwrap())
        .collect();

    let mut gamma = 0u32;
    for bit in 0..width {
        if ones_at(&nums, bit) * 2 > nums.len() {
            gamma |= 1 << bit;
        }
    }
    let mask = (1u32 << width) - 1;
    let epsilon = !gamma & mask;
    println!("gamma={:05b} epsilon={:05b}", gamma, epsilon);
    println!("Part 1: {}", gamma * epsilon);

    let oxygen = rating(nums.clone(), width, true);
    let co2 = rating(nums, width, false);
    println!("oxygen={} co2={}", oxygen, co2);
    println!("Part 2: {}", oxygen * co2);
}
