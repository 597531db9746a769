use std::fmt;

#[derive(Clone, Copy)]
enum Suit {
    Hearts,
    Spades,
    Diamonds,
    Clubs,
}

struct Card {
    rank: u8,
    suit: Suit,
}

impl fmt::Display for Suit {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let sym = match self {
            Suit::Hearts => "♥",
            Suit::Spades => "♠",
            Suit::Diamonds => "♦",
            Suit::Clubs => "♣",
        };
        write!(f, "{}", sym)
    }
}

impl fmt::Display for Card {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self.rank {
            1 => write!(f, "A{}", self.suit),
            11 => write!(f, "J{}", self.suit),
            12 => write!(f, "Q{}", self.suit),
            13 => write!(f, "K{}", self.suit),
            n => write!(f, "{}{}", n, self.suit),
        }
    }
}

fn main() {
    let hand = vec![
        Card { rank: 1, suit: Suit::Spades },
        Card { rank: 10, suit: Suit::Hearts },
        Card { rank: 12, suit: Suit::Diamonds },
        Card { rank: 7, suit: Suit::Clubs },
    ];
    let shown: Vec<String> = hand.iter().map(|c| c.to_string()).collect();
    println!("Hand: {}", shown.join(" "));
    for c in &hand {
        println!("[{:>4}]", c.to_string());
    }
}
