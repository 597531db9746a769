use std::collections::HashSet;

const CARDS: &str = r#"Card 1: 41 48 83 86 17 | 83 86  6 31 17  9 48 53
Card 2: 13 32 20 16 61 | 61 30 68 82 17 32 24 19
Card 3:  1 21 53 59 44 | 69 82 63 72 16 21 14  1
Card 4: 41 92 73 84 69 | 59 84 76 51 58  5 54 83
Card 5: 87 83 26 28 32 | 88 30 70 12 93 22 82 36
Card 6: 31 18 13 56 72 | 74 77 10 23 35 67 36 11"#;

fn matches(line: &str) -> usize {
    let (_, numbers) = line.split_once(':').unwrap();
    let (winning, have) = numbers.split_once('|').unwrap();
    let winning: HashSet<u32> = winning.split_whitespace().map(|n| n.parse().unwrap()).collect();
    have.split_whitespace()
        .map(|n| n.parse::<u32>().unwrap())
        .filter(|n| winning.contains(n))
        .count()
}

fn main() {
    let wins: Vec<usize> = CARDS.lines().map(matches).collect();

    let points: u32 = wins
        .iter()
        .map(|&w| if w == 0 { 0 } else { 1 << (w - 1) })
        .sum();
    println!("Part 1: {}", points);

    let mut copies = vec![1u32; wins.len()];
    for i in 0..wins.len() {
        for j in i + 1..=i + wins[i] {
            if j < copies.len() {
                copies[j] += copies[i];
            }
        }
    }
    println!("copies: {:?}", copies);
    println!("Part 2: {}", copies.iter().sum::<u32>());
}
