#[derive(Debug, Clone)]
enum Suit {
    Hearts,
    Spades,
}

#[derive(Debug, Clone)]
struct Card {
    rank: u8,
    suit: Suit,
}

fn main() {
    let hand = vec![
        Card { rank: 12, suit: Suit::Hearts },
        Card { rank: 1, suit: Suit::Spades },
    ];
    let wanted = Card { rank: 1, suit: Suit::Spades };

    for (i, card) in hand.iter().enumerate() {
        // == needs PartialEq, which Card does not derive.
        if *card == wanted {
            println!("found {:?} at {}", card, i);
        }
    }
}
