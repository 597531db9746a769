use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq)]
enum Suit {
    Clubs,
    Diamonds,
    Hearts,
    Spades,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Rank {
    Num(u8),
    Jack,
    Queen,
    King,
    Ace,
}

#[derive(Clone, Copy)]
struct Card {
    rank: Rank,
    suit: Suit,
}

impl fmt::Display for Card {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let r = match self.rank {
            Rank::Num(n) => n.to_string(),
            Rank::Jack => "J".to_string(),
            Rank::Queen => "Q".to_string(),
            Rank::King => "K".to_string(),
            Rank::Ace => "A".to_string(),
        };
        let s = match self.suit {
            Suit::Clubs => 'c',
            Suit::Diamonds => 'd',
            Suit::Hearts => 'h',
            Suit::Spades => 's',
        };
        write!(f, "{}{}", r, s)
    }
}

fn hand_value(cards: &[Card]) -> (u32, bool) {
    let mut total = 0;
    let mut aces = 0;
    for c in cards {
        total += match c.rank {
            Rank::Num(n) => n as u32,
            Rank::Jack | Rank::Queen | Rank::King => 10,
            Rank::Ace => {
                aces += 1;
                11
            }
        };
    }
    while total > 21 && aces > 0 {
        total -= 10;
        aces -= 1;
    }
    (total, aces > 0)
}

fn card(rank: Rank, suit: Suit) -> Card {
    Card { rank, suit }
}

fn main() {
    use Rank::*;
    use Suit::*;
    let hands = vec![
        vec![card(Ace, Spades), card(King, Hearts)],
        vec![card(Num(9), Clubs), card(Num(7), Diamonds), card(Num(8), Hearts)],
        vec![card(Ace, Clubs), card(Ace, Diamonds), card(Num(9), Spades)],
        vec![card(Num(5), Hearts), card(Ace, Hearts), card(Num(3), Clubs)],
    ];
    for h in &hands {
        let shown: Vec<String> = h.iter().map(|c| c.to_string()).collect();
        let (value, soft) = hand_value(h);
        let verdict = match value {
            21 if h.len() == 2 => "blackjack!".to_string(),
            v if v > 21 => "bust".to_string(),
            v => format!("{} {}", if soft { "soft" } else { "hard" }, v),
        };
        println!("{:<12} {}", shown.join(" "), verdict);
    }
    let deck_size = [Clubs, Diamonds, Hearts, Spades].len() * 13;
    println!("a full deck has {} cards", deck_size);
}
