// IntoIterator for a custom collection, by value and by reference.
struct Deck {
    cards: Vec<(u8, char)>,
}

impl IntoIterator for Deck {
    type Item = (u8, char);
    type IntoIter = std::vec::IntoIter<(u8, char)>;
    fn into_iter(self) -> Self::IntoIter {
        self.cards.into_iter()
    }
}

impl<'a> IntoIterator for &'a Deck {
    type Item = &'a (u8, char);
    type IntoIter = std::slice::Iter<'a, (u8, char)>;
    fn into_iter(self) -> Self::IntoIter {
        self.cards.iter()
    }
}

fn main() {
    let mut cards = Vec::new();
    for suit in ['H', 'S'] {
        for rank in 1..=3 {
            cards.push((rank, suit));
        }
    }
    let deck = Deck { cards };
    let mut high = 0;
    for (rank, _) in &deck {
        high = high.max(*rank);
    }
    println!("highest rank {}", high);
    let hearts: Vec<String> =
        deck.into_iter().filter(|c| c.1 == 'H').map(|(r, s)| format!("{}{}", r, s)).collect();
    println!("{:?}", hearts);
}
