// 2023 day 1: Trebuchet?!
const WORDS: [&str; 9] = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];

fn calibration(line: &str) -> u32 {
    let digits: Vec<u32> = line.chars().filter_map(|c| c.to_digit(10)).collect();
    digits[0] * 10 + digits[digits.len() - 1]
}

fn digits_with_words(line: &str) -> Vec<u32> {
    let mut out = Vec::new();
    for (i, c) in line.char_indices() {
        if let Some(d) = c.to_digit(10) {
            out.push(d);
            continue;
        }
        let rest = &line[i..];
        for (n, word) in WORDS.iter().enumerate() {
            if rest.starts_with(word) {
                out.push(n as u32 + 1);
            }
        }
    }
    out
}

fn main() {
    let part1_input = "1abc2\npqr3stu8vwx\na1b2c3d4e5f\ntreb7uchet";
    let total: u32 = part1_input.lines().map(calibration).sum();
    println!("Part 1: {}", total);

    let part2_input = "two1nine\neightwothree\nabcone2threexyz\nxtwone3four\n4nineeightseven2\nzoneight234\n7pqrstsixteen";
    let mut total2 = 0;
    for line in part2_input.lines() {
        let d = digits_with_words(line);
        let value = d.first().unwrap() * 10 + d.last().unwrap();
        println!("{:<18} {}", line, value);
        total2 += value;
    }
    println!("Part 2: {}", total2);
}
