mod cards {
    use std::fmt::{self, Display};

    #[derive(Clone, Copy)]
    pub enum Suit {
        Hearts,
        Spades,
        Diamonds,
        Clubs,
    }

    pub struct Card {
        pub rank: u8,
        pub suit: Suit,
    }

    impl Display for Suit {
        fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
            let s = match self {
                Suit::Hearts => "♥",
                Suit::Spades => "♠",
                Suit::Diamonds => "♦",
                Suit::Clubs => "♣",
            };
            write!(f, "{}", s)
        }
    }

    impl Display for Card {
        fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
            let rank = match self.rank {
                1 => "A".to_string(),
                11 => "J".to_string(),
                12 => "Q".to_string(),
                13 => "K".to_string(),
                n => n.to_string(),
            };
            write!(f, "{}{}", rank, self.suit)
        }
    }
}

use cards::{Card, Suit};

fn main() {
    let hand = vec![
        Card { rank: 1, suit: Suit::Spades },
        Card { rank: 10, suit: Suit::Hearts },
        Card { rank: 12, suit: Suit::Diamonds },
        Card { rank: 7, suit: Suit::Clubs },
    ];
    let shown: Vec<String> = hand.iter().map(|c| c.to_string()).collect();
    println!("hand: {}", shown.join(" "));
    println!("padded: [{:>4}]", format!("{}", hand[1]));
    let total: u32 = hand.iter().map(|c| c.rank.min(10) as u32).sum();
    println!("points: {}", total);
}
