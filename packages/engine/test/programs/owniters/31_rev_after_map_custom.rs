// map keeps double-endedness, so rev() still works after it.
struct Deck {
    cards: Vec<&'static str>,
    lo: usize,
    hi: usize,
}

impl Deck {
    fn new(cards: Vec<&'static str>) -> Self {
        let hi = cards.len();
        Deck { cards, lo: 0, hi }
    }
}

impl Iterator for Deck {
    type Item = &'static str;
    fn next(&mut self) -> Option<&'static str> {
        if self.lo == self.hi {
            return None;
        }
        self.lo += 1;
        Some(self.cards[self.lo - 1])
    }
}

impl DoubleEndedIterator for Deck {
    fn next_back(&mut self) -> Option<&'static str> {
        if self.lo == self.hi {
            return None;
        }
        self.hi -= 1;
        Some(self.cards[self.hi])
    }
}

fn main() {
    let deck = Deck::new(vec!["ace", "king", "queen", "jack"]);
    let shouted: Vec<String> = deck.map(|c| c.to_uppercase()).rev().collect();
    println!("{:?}", shouted);

    let mut d2 = Deck::new(vec!["2", "3", "4", "5", "6"]);
    println!("bottom card: {:?}", d2.next_back());
    let rest: Vec<&str> = d2.rev().skip(1).collect();
    println!("rest reversed, skip 1: {:?}", rest);
}
