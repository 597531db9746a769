// Exercise: `for x in &bag` needs IntoIterator for &Bag, not just Bag.
struct Bag {
    items: Vec<u8>,
}

impl IntoIterator for Bag {
    type Item = u8;
    type IntoIter = std::vec::IntoIter<u8>;
    fn into_iter(self) -> Self::IntoIter {
        self.items.into_iter()
    }
}

fn main() {
    let bag = Bag { items: vec![3, 1, 4] };
    for x in &bag {
        println!("{}", x);
    }
    println!("still have {} items", bag.items.len());
}
