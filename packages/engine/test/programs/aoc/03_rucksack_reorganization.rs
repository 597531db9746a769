use std::collections::HashSet;

const INPUT: &str = "vJrwpWtwJgWrhcsFMMfFFhFp
jqHRNqRjqzjGDLGLrsFMfFZSrLrFZsSL
PmmdzqPrVvPwwTWBwg
wMqvLMZHhHMvwLHjbvcjnnSBnvTQFn
ttgJtRGJQctTZtZT
CrZsJsPPZsGzwwsLwLmpwMDw";

fn priority(b: u8) -> u32 {
    match b {
        b'a'..=b'z' => (b - b'a' + 1) as u32,
        b'A'..=b'Z' => (b - b'A' + 27) as u32,
        _ => 0,
    }
}

fn main() {
    let sacks: Vec<&str> = INPUT.lines().collect();

    let mut part1 = 0;
    for sack in &sacks {
        let (left, right) = sack.split_at(sack.len() / 2);
        let left_set: HashSet<u8> = left.bytes().collect();
        let shared = right.bytes().find(|b| left_set.contains(b)).unwrap();
        part1 += priority(shared);
    }
    println!("Part 1: {}", part1);

    let mut part2 = 0;
    for group in sacks.chunks(3) {
        let a: HashSet<u8> = group[0].bytes().collect();
        let b: HashSet<u8> = group[1].bytes().collect();
        let c: HashSet<u8> = group[2].bytes().collect();
        let ab: HashSet<u8> = a.intersection(&b).copied().collect();
        let badge = ab.intersection(&c).next().copied().unwrap();
        println!("badge: {}", badge as char);
        part2 += priority(badge);
    }
    println!("Part 2: {}", part2);
}
