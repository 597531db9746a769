use std::collections::HashSet;

#[derive(Debug, PartialEq, Eq)]
struct Card {
    rank: u8,
    suit: char,
}

fn main() {
    let hand = [(10, 'H'), (3, 'S'), (10, 'H'), (12, 'D')];
    let mut unique = HashSet::new();
    for (rank, suit) in hand {
        unique.insert(Card { rank, suit });
    }
    println!("{} distinct cards", unique.len());
}
