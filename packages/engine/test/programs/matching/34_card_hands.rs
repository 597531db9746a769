#[derive(Debug, Clone, Copy, PartialEq)]
enum Suit {
    Hearts,
    Diamonds,
    Clubs,
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

#[derive(Debug, Clone, Copy)]
struct Card {
    rank: Rank,
    suit: Suit,
}

fn points(card: &Card) -> u32 {
    match card.rank {
        Rank::Num(n @ 2..=10) => n as u32,
        Rank::Num(n) => panic!("invalid card number {}", n),
        Rank::Jack | Rank::Queen | Rank::King => 10,
        Rank::Ace => 11,
    }
}

fn is_red(card: &Card) -> bool {
    matches!(card.suit, Suit::Hearts | Suit::Diamonds)
}

fn describe_pair(a: Card, b: Card) -> String {
    match (a, b) {
        (Card { rank: Rank::Ace, .. }, Card { rank: Rank::Ace, .. }) => "pair of aces".to_string(),
        (Card { rank: r1, .. }, Card { rank: r2, .. }) if r1 == r2 => format!("a pair of {:?}", r1),
        (Card { suit: s1, .. }, Card { suit: s2, .. }) if s1 == s2 => format!("suited {:?}", s1),
        _ => "nothing special".to_string(),
    }
}

fn main() {
    let hand = [
        Card { rank: Rank::Ace, suit: Suit::Spades },
        Card { rank: Rank::Num(7), suit: Suit::Hearts },
        Card { rank: Rank::King, suit: Suit::Hearts },
        Card { rank: Rank::Num(7), suit: Suit::Clubs },
        Card { rank: Rank::Ace, suit: Suit::Diamonds },
    ];
    let total: u32 = hand.iter().map(points).sum();
    let reds = hand.iter().filter(|c| is_red(c)).count();
    println!("total points {}, red cards {}", total, reds);
    println!("{}", describe_pair(hand[0], hand[4]));
    println!("{}", describe_pair(hand[1], hand[3]));
    println!("{}", describe_pair(hand[1], hand[2]));
    println!("{}", describe_pair(hand[0], hand[3]));
    let bogus = Card { rank: Rank::Num(14), suit: Suit::Clubs };
    println!("bogus card worth {}", points(&bogus));
}
