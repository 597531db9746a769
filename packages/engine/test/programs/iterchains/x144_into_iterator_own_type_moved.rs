struct Deck { cards: Vec<u32> }
impl IntoIterator for Deck {
    type Item = u32;
    type IntoIter = std::vec::IntoIter<u32>;
    fn into_iter(self) -> Self::IntoIter { self.cards.into_iter() }
}
impl<'a> IntoIterator for &'a mut Deck {
    type Item = &'a mut u32;
    type IntoIter = std::slice::IterMut<'a, u32>;
    fn into_iter(self) -> Self::IntoIter { self.cards.iter_mut() }
}
fn main() {
    let mut d = Deck { cards: vec![3, 1, 2] };
    for c in &mut d { *c *= 10; }
    let total: u32 = d.into_iter().sum();
    println!("{}", total);
    let d2 = Deck { cards: vec![5] };
    for c in d2 { println!("{}", c); }
    println!("{}", d2.cards.len());
}
