use std::collections::HashSet;

const INPUT: &str = r#"vJrwpWtwJgWrhcsFMMfFFhFp
jqHRNqRjqzjGDLGLrsFMfFZSrLrFZsSL
PmmdzqPrVvPwwTWBwg
wMqvLMZHhHMvwLHjbvcjnnSBnvTQFn
ttgJtRGJQctTZtZT
CrZsJsPPZsGzwwsLwLmpwMDw"#;

fn priority(c: char) -> u32 {
    if c.is_ascii_lowercase() {
        c as u32 - 'a' as u32 + 1
    } else {
        c as u32 - 'A' as u32 + 27
    }
}

fn main() {
    let sacks: Vec<&str> = INPUT.lines().collect();

    let mut part1 = 0;
    for sack in &sacks {
        let (left, right) = sack.split_at(sack.len() / 2);
        let left_set: HashSet<char> = left.chars().collect();
        let shared = right.chars().find(|c| left_set.contains(c)).unwrap();
        part1 += priority(shared);
    }
    println!("Part 1: {}", part1);

    let mut part2 = 0;
    for group in sacks.chunks(3) {
        let a: HashSet<char> = group[0].chars().collect();
        let b: HashSet<char> = group[1].chars().collect();
        let badge = group[2]
            .chars()
            .find(|c| a.contains(c) && b.contains(c))
            .expect("group has no badge");
        println!("  badge {}", badge);
        part2 += priority(badge);
    }
    println!("Part 2: {}", part2);
}
