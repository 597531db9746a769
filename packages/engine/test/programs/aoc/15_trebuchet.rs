// 2023 day 1: calibration values, with spelled-out digits in part 2
const DOC: &str = "two1nine
eightwothree
abcone2threexyz
xtwone3four
4nineeightseven2
zoneight234
7pqrstsixteen
treb7uchet";

const WORDS: [&str; 9] = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];

fn digits(line: &str, words: bool) -> Vec<u32> {
    let mut out = Vec::new();
    for (i, c) in line.char_indices() {
        if let Some(d) = c.to_digit(10) {
            out.push(d);
        } else if words {
            for (n, w) in WORDS.iter().enumerate() {
                if line[i..].starts_with(w) {
                    out.push(n as u32 + 1);
                }
            }
        }
    }
    out
}

fn calibrate(words: bool) -> u32 {
    DOC.lines()
        .map(|l| digits(l, words))
        .filter(|d| !d.is_empty())
        .map(|d| d[0] * 10 + d[d.len() - 1])
        .sum()
}

fn main() {
    println!("Part 1: {}", calibrate(false));
    println!("Part 2: {}", calibrate(true));
}
