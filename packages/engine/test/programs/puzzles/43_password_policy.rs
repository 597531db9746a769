// 2020 day 2: Password Philosophy
struct Policy {
    min: u32,
    max: u32,
    letter: char,
}

fn parse(line: &str) -> (Policy, &str) {
    let (policy, password) = line.split_once(": ").unwrap();
    let (range, letter) = policy.split_once(' ').unwrap();
    let (min, max) = range.split_once('-').unwrap();
    let p = Policy {
        min: min.parse().unwrap(),
        max: max.parse().unwrap(),
        letter: letter.chars().next().unwrap(),
    };
    (p, password)
}

fn main() {
    let input = "1-3 a: abcde\n1-3 b: cdefg\n2-9 c: ccccccccc";
    let mut valid = 0;
    for line in input.lines() {
        let (policy, password) = parse(line);
        let count = password.chars().filter(|&c| c == policy.letter).count();
        if count >= policy.min && count <= policy.max {
            valid += 1;
        }
    }
    println!("valid passwords: {}", valid);
}
