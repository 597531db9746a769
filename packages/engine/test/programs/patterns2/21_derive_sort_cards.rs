#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
enum Suit {
    Clubs,
    Diamonds,
    Hearts,
    Spades,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
enum Rank {
    Num(u8),
    Jack,
    Queen,
    King,
    Ace,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Card {
    suit: Suit,
    rank: Rank,
}

fn main() {
    let mut hand = vec![
        Card { suit: Suit::Spades, rank: Rank::Num(7) },
        Card { suit: Suit::Hearts, rank: Rank::Ace },
        Card { suit: Suit::Clubs, rank: Rank::King },
        Card { suit: Suit::Hearts, rank: Rank::Num(10) },
        Card { suit: Suit::Spades, rank: Rank::Jack },
        Card { suit: Suit::Clubs, rank: Rank::Num(2) },
        Card { suit: Suit::Hearts, rank: Rank::Num(3) },
    ];
    hand.sort();
    println!("by suit then rank:");
    for c in &hand {
        println!("  {:?} of {:?}", c.rank, c.suit);
    }
    hand.sort_by(|a, b| b.rank.cmp(&a.rank).then(a.suit.cmp(&b.suit)));
    println!("by rank descending:");
    for c in &hand {
        println!("  {:?} of {:?}", c.rank, c.suit);
    }
    let best = hand.iter().max_by_key(|c| c.rank).unwrap();
    println!("highest: {:?}", best);
    println!("Num(10) < Jack? {}", Rank::Num(10) < Rank::Jack);
    println!("Num(9) < Num(10)? {}", Rank::Num(9) < Rank::Num(10));
    println!("Hearts > Diamonds? {}", Suit::Hearts > Suit::Diamonds);
}
