// A deck of cards, a deterministic shuffle (linear congruential generator) and
// blackjack hand scoring.
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Suit {
    Clubs,
    Diamonds,
    Hearts,
    Spades,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Card {
    rank: u8, // 1 = Ace, 11..13 = J Q K
    suit: Suit,
}

impl fmt::Display for Card {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let r = match self.rank {
            1 => "A".to_string(),
            11 => "J".to_string(),
            12 => "Q".to_string(),
            13 => "K".to_string(),
            n => n.to_string(),
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

struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        self.0 >> 33
    }
}

struct Deck {
    cards: Vec<Card>,
}

impl Deck {
    fn new() -> Deck {
        let mut cards = Vec::with_capacity(52);
        for suit in [Suit::Clubs, Suit::Diamonds, Suit::Hearts, Suit::Spades] {
            for rank in 1..=13 {
                cards.push(Card { rank, suit });
            }
        }
        Deck { cards }
    }

    fn shuffle(&mut self, rng: &mut Lcg) {
        // Fisher-Yates
        for i in (1..self.cards.len()).rev() {
            let j = (rng.next() % (i as u64 + 1)) as usize;
            self.cards.swap(i, j);
        }
    }

    fn deal(&mut self) -> Option<Card> {
        self.cards.pop()
    }
}

fn hand_value(hand: &[Card]) -> (u32, bool) {
    let mut total: u32 = hand.iter().map(|c| (c.rank as u32).min(10)).sum();
    let has_ace = hand.iter().any(|c| c.rank == 1);
    let soft = has_ace && total + 10 <= 21;
    if soft {
        total += 10;
    }
    (total, soft)
}

fn show(hand: &[Card]) -> String {
    hand.iter().map(|c| c.to_string()).collect::<Vec<_>>().join(" ")
}

fn main() {
    let mut rng = Lcg(2024);
    let mut deck = Deck::new();
    println!("fresh deck starts {}", show(&deck.cards[..5]));
    deck.shuffle(&mut rng);
    println!("shuffled top 8: {}", show(&deck.cards[deck.cards.len() - 8..]));

    let mut player = vec![deck.deal().unwrap(), deck.deal().unwrap()];
    let mut dealer = vec![deck.deal().unwrap(), deck.deal().unwrap()];
    // player hits below 17
    while hand_value(&player).0 < 17 {
        player.push(deck.deal().expect("deck empty"));
    }
    // dealer hits soft 17
    loop {
        let (v, soft) = hand_value(&dealer);
        if v < 17 || (v == 17 && soft) {
            dealer.push(deck.deal().expect("deck empty"));
        } else {
            break;
        }
    }
    let (p, _) = hand_value(&player);
    let (d, _) = hand_value(&dealer);
    println!("player: {} = {}", show(&player), p);
    println!("dealer: {} = {}", show(&dealer), d);
    let verdict = match (p, d) {
        (p, _) if p > 21 => "player busts",
        (_, d) if d > 21 => "dealer busts, player wins",
        (p, d) if p > d => "player wins",
        (p, d) if p < d => "dealer wins",
        _ => "push",
    };
    println!("{}", verdict);

    let samples = [
        vec![Card { rank: 1, suit: Suit::Spades }, Card { rank: 13, suit: Suit::Hearts }],
        vec![Card { rank: 1, suit: Suit::Clubs }, Card { rank: 1, suit: Suit::Hearts }, Card { rank: 9, suit: Suit::Clubs }],
        vec![Card { rank: 10, suit: Suit::Clubs }, Card { rank: 6, suit: Suit::Hearts }, Card { rank: 1, suit: Suit::Diamonds }],
    ];
    for h in samples.iter() {
        println!("{:<12} -> {:?}", show(h), hand_value(h));
    }
    let mut rest = deck.cards.clone();
    rest.sort_by_key(|c| (c.suit, c.rank));
    println!("{} cards left, lowest {}", rest.len(), rest[0]);
}
