// AoC 2017, day 1
fn captcha(digits: &[u32], offset: usize) -> u32 {
    let n = digits.len();
    (0..n)
        .filter(|&i| digits[i] == digits[(i + offset) % n])
        .map(|i| digits[i])
        .sum()
}

fn main() {
    let part1_cases = ["1122", "1111", "1234", "91212129"];
    let part2_cases = ["1212", "1221", "123425", "123123", "12131415"];

    for case in part1_cases.iter() {
        let d: Vec<u32> = case.bytes().map(|b| (b - b'0') as u32).collect();
        println!("part 1 {:>10} -> {}", case, captcha(&d, 1));
    }
    for case in part2_cases.iter() {
        let d: Vec<u32> = case.chars().map(|c| c.to_digit(10).unwrap()).collect();
        println!("part 2 {:>10} -> {}", case, captcha(&d, d.len() / 2));
    }
}
