use std::collections::HashMap;

const ORDER: &str = "23456789TJQKA";

fn hand_type(hand: &str) -> u8 {
    let mut counts: HashMap<char, u32> = HashMap::new();
    for c in hand.chars() {
        *counts.entry(c).or_insert(0) += 1;
    }
    let mut sizes: Vec<u32> = counts.into_values().collect();
    sizes.sort_unstable_by(|a, b| b.cmp(a));
    match sizes.as_slice() {
        [5] => 6,
        [4, 1] => 5,
        [3, 2] => 4,
        [3, 1, 1] => 3,
        [2, 2, 1] => 2,
        [2, 1, 1, 1] => 1,
        _ => 0,
    }
}

fn strength(hand: &str) -> (u8, Vec<usize>) {
    let cards = hand.chars().map(|c| ORDER.find(c).unwrap()).collect();
    (hand_type(hand), cards)
}

fn main() {
    let input = "32T3K 765\nT55J5 684\nKK677 28\nKTJJT 220\nQQQJA 483";
    let mut hands: Vec<(&str, u64)> = input
        .lines()
        .map(|l| {
            let (h, bid) = l.split_once(' ').unwrap();
            (h, bid.parse().unwrap())
        })
        .collect();

    hands.sort_by_key(|(h, _)| strength(h));

    let mut winnings = 0;
    for (rank, (hand, bid)) in hands.iter().enumerate() {
        println!("rank {} {} type {}", rank + 1, hand, hand_type(hand));
        winnings += (rank as u64 + 1) * bid;
    }
    println!("total winnings: {}", winnings);
}
