use std::fmt;

// Implementing Display by hand, and using it with format width.
enum Suit {
    Hearts,
    Spades,
}

struct Card {
    rank: u8,
    suit: Suit,
}

impl fmt::Display for Suit {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let s = match self {
            Suit::Hearts => "H",
            Suit::Spades => "S",
        };
        write!(f, "{}", s)
    }
}

impl fmt::Display for Card {
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

fn main() {
    let hand = vec![
        Card { rank: 1, suit: Suit::Spades },
        Card { rank: 10, suit: Suit::Hearts },
        Card { rank: 12, suit: Suit::Hearts },
    ];
    let shown: Vec<String> = hand.iter().map(|c| c.to_string()).collect();
    println!("hand: {}", shown.join(" "));
    println!("[{:>4}]", hand[0].to_string());
}
