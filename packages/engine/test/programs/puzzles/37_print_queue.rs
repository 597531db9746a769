use std::cmp::Ordering;
use std::collections::HashSet;

fn main() {
    let input = "47|53
97|13
97|61
97|47
75|29
61|13
75|53
29|13
97|29
53|29
61|53
97|53
61|29
47|13
75|47
97|75
47|61
75|61
47|29
75|13
53|13

75,47,61,53,29
97,61,53,29,13
75,29,13
75,97,47,61,53
61,13,29
97,13,75,29,47";

    let (rules_text, updates_text) = input.split_once("\n\n").unwrap();
    let rules: HashSet<(u32, u32)> = rules_text
        .lines()
        .map(|l| {
            let (a, b) = l.split_once('|').unwrap();
            (a.parse().unwrap(), b.parse().unwrap())
        })
        .collect();

    let order = |a: &u32, b: &u32| -> Ordering {
        if rules.contains(&(*a, *b)) {
            Ordering::Less
        } else if rules.contains(&(*b, *a)) {
            Ordering::Greater
        } else {
            Ordering::Equal
        }
    };

    let mut correct = 0;
    let mut fixed = 0;
    for line in updates_text.lines() {
        let pages: Vec<u32> = line.split(',').map(|p| p.parse().unwrap()).collect();
        let mut sorted = pages.clone();
        sorted.sort_by(order);
        let middle = sorted[sorted.len() / 2];
        if sorted == pages {
            correct += middle;
        } else {
            println!("fixed {:?} -> {:?}", pages, sorted);
            fixed += middle;
        }
    }
    println!("Part 1: {}", correct);
    println!("Part 2: {}", fixed);
}
