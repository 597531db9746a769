use std::cmp::Ordering;

// Implementing Ord by hand: order cards by rank only, ignoring suit.
#[derive(Debug, Eq, PartialEq)]
struct Card {
    rank: u8,
    suit: char,
}

impl Ord for Card {
    fn cmp(&self, other: &Self) -> Ordering {
        self.rank.cmp(&other.rank)
    }
}

impl PartialOrd for Card {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

fn main() {
    let mut hand = vec![
        Card { rank: 12, suit: 'H' },
        Card { rank: 2, suit: 'S' },
        Card { rank: 12, suit: 'C' },
        Card { rank: 7, suit: 'D' },
    ];
    hand.sort();
    for c in &hand {
        print!("{}{} ", c.rank, c.suit);
    }
    println!();
    println!("{}", hand[0] < hand[3]);
    println!("{:?}", hand.iter().max().map(|c| c.suit));
}
