use std::collections::HashMap;

const INPUT: &str = "NNCB

CH -> B
HH -> N
CB -> H
NH -> C
HB -> C
HC -> B
HN -> C
NN -> C
BH -> H
NC -> B
NB -> B
BN -> B
BB -> N
BC -> B
CC -> N
CN -> C";

fn solve(template: &str, rules: &HashMap<(char, char), char>, steps: usize) -> u64 {
    let chars: Vec<char> = template.chars().collect();
    let mut pairs: HashMap<(char, char), u64> = HashMap::new();
    for w in chars.windows(2) {
        *pairs.entry((w[0], w[1])).or_insert(0) += 1;
    }
    for _ in 0..steps {
        let mut next = HashMap::new();
        for (&(a, b), &n) in &pairs {
            let mid = rules[&(a, b)];
            *next.entry((a, mid)).or_insert(0) += n;
            *next.entry((mid, b)).or_insert(0) += n;
        }
        pairs = next;
    }
    // count the first letter of every pair, plus the very last letter
    let mut counts: HashMap<char, u64> = HashMap::new();
    for (&(a, _), &n) in &pairs {
        *counts.entry(a).or_insert(0) += n;
    }
    *counts.entry(*chars.last().unwrap()).or_insert(0) += 1;
    let max = counts.values().max().unwrap();
    let min = counts.values().min().unwrap();
    max - min
}

fn main() {
    let (template, rule_text) = INPUT.split_once("\n\n").unwrap();
    let rules: HashMap<(char, char), char> = rule_text
        .lines()
        .map(|l| {
            let (pair, ins) = l.split_once(" -> ").unwrap();
            let p: Vec<char> = pair.chars().collect();
            ((p[0], p[1]), ins.chars().next().unwrap())
        })
        .collect();
    println!("{} rules", rules.len());
    println!("Part 1: {}", solve(template, &rules, 10));
    println!("Part 2: {}", solve(template, &rules, 40));
}
