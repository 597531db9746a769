// AoC 2020 day 2 -- "1-3 a: abcde"
struct Policy<'a> {
    low: usize,
    high: usize,
    letter: char,
    password: &'a str,
}

fn parse_line(line: &str) -> Policy<'_> {
    let (rule, password) = line.split_once(": ").unwrap();
    let (range, letter) = rule.split_once(' ').unwrap();
    let (low, high) = range.split_once('-').unwrap();
    Policy {
        low: low.parse().unwrap(),
        high: high.parse().unwrap(),
        letter: letter.chars().next().unwrap(),
        password,
    }
}

impl Policy<'_> {
    fn valid_by_count(&self) -> bool {
        let n = self.password.chars().filter(|&c| c == self.letter).count();
        (self.low..=self.high).contains(&n)
    }

    fn valid_by_position(&self) -> bool {
        let chars: Vec<char> = self.password.chars().collect();
        let at = |pos: usize| chars.get(pos - 1) == Some(&self.letter);
        at(self.low) ^ at(self.high)
    }
}

fn main() {
    let input = "1-3 a: abcde\n1-3 b: cdefg\n2-9 c: ccccccccc\n3-4 d: dddx\n1-2 e: xe";
    let policies: Vec<Policy> = input.lines().map(parse_line).collect();

    let part1 = policies.iter().filter(|p| p.valid_by_count()).count();
    let part2 = policies.iter().filter(|p| p.valid_by_position()).count();
    for p in &policies {
        println!("{:<10} count={} position={}", p.password, p.valid_by_count(), p.valid_by_position());
    }
    println!("Part 1: {}", part1);
    println!("Part 2: {}", part2);
}
