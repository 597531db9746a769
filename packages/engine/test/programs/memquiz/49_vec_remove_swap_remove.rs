struct Card(&'static str);

impl Drop for Card {
    fn drop(&mut self) {
        println!("discard {}", self.0);
    }
}

fn main() {
    let mut hand = vec![Card("ace"), Card("king"), Card("queen"), Card("jack")];
    hand.remove(1);
    println!("after remove: {}", hand.iter().map(|c| c.0).collect::<Vec<_>>().join(", "));
    hand.swap_remove(0);
    println!("after swap_remove: {}", hand.iter().map(|c| c.0).collect::<Vec<_>>().join(", "));
    println!("end");
}
