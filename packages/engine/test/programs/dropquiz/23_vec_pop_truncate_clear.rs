// Quiz: what do pop, truncate and clear drop, and when?
struct Card(u8);

impl Drop for Card {
    fn drop(&mut self) {
        println!("drop card {}", self.0);
    }
}

fn main() {
    let mut deck: Vec<Card> = (1..=6).map(Card).collect();
    println!("pop:");
    let top = deck.pop();
    println!("popped {:?}", top.as_ref().map(|c| c.0));
    println!("truncate to 3:");
    deck.truncate(3);
    println!("remove index 0:");
    deck.remove(0);
    println!("clear:");
    deck.clear();
    println!("len now {}", deck.len());
    println!("end of main");
}
