#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Suit {
    Clubs,
    Diamonds,
    Hearts,
    Spades,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Card {
    rank: u8,
    suit: Suit,
}

impl Card {
    fn name(&self) -> String {
        let r = match self.rank {
            11 => "J".to_string(),
            12 => "Q".to_string(),
            13 => "K".to_string(),
            14 => "A".to_string(),
            n => n.to_string(),
        };
        let s = match self.suit {
            Suit::Clubs => 'c',
            Suit::Diamonds => 'd',
            Suit::Hearts => 'h',
            Suit::Spades => 's',
        };
        format!("{}{}", r, s)
    }
}

fn main() {
    let mut hand = vec![
        Card { rank: 12, suit: Suit::Hearts },
        Card { rank: 3, suit: Suit::Spades },
        Card { rank: 12, suit: Suit::Clubs },
        Card { rank: 14, suit: Suit::Diamonds },
        Card { rank: 7, suit: Suit::Hearts },
    ];
    hand.sort();
    println!("{}", hand.iter().map(|c| c.name()).collect::<Vec<_>>().join(" "));
    hand.sort_by(|a, b| a.suit.cmp(&b.suit).then(b.rank.cmp(&a.rank)));
    println!("{}", hand.iter().map(Card::name).collect::<Vec<_>>().join(" "));
    let best = hand.iter().max().unwrap();
    println!("best {}", best.name());
    println!("{}", Suit::Clubs < Suit::Spades);
    println!("{:?}", Card { rank: 2, suit: Suit::Spades }.cmp(&Card { rank: 2, suit: Suit::Clubs }));
    println!("{:?}", (1, "b").partial_cmp(&(1, "a")));
    let hearts = hand.iter().filter(|c| c.suit == Suit::Hearts).count();
    println!("{} hearts", hearts);
}
