mod cards {
    #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
    pub enum Suit {
        Clubs,
        Diamonds,
        Hearts,
        Spades,
    }

    #[derive(Debug, Clone, Copy)]
    pub struct Card {
        pub rank: u8,
        pub suit: Suit,
    }

    impl Suit {
        pub fn is_red(&self) -> bool {
            matches!(self, Suit::Diamonds | Suit::Hearts)
        }

        pub fn symbol(&self) -> char {
            match self {
                Suit::Clubs => 'C',
                Suit::Diamonds => 'D',
                Suit::Hearts => 'H',
                Suit::Spades => 'S',
            }
        }
    }

    impl Card {
        pub fn name(&self) -> String {
            let r = match self.rank {
                1 => "A".to_string(),
                11 => "J".to_string(),
                12 => "Q".to_string(),
                13 => "K".to_string(),
                n => n.to_string(),
            };
            format!("{}{}", r, self.suit.symbol())
        }
    }
}

use cards::{Card, Suit};

fn main() {
    let mut hand = vec![
        Card { rank: 12, suit: Suit::Hearts },
        Card { rank: 1, suit: Suit::Spades },
        Card { rank: 7, suit: Suit::Diamonds },
        Card { rank: 10, suit: Suit::Clubs },
    ];
    hand.sort_by_key(|c| (c.suit, c.rank));
    let names: Vec<String> = hand.iter().map(|c| c.name()).collect();
    println!("hand: {}", names.join(" "));
    let reds = hand.iter().filter(|c| c.suit.is_red()).count();
    println!("red cards: {}", reds);
}
