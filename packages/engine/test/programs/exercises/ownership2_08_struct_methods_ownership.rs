#[derive(Debug)]
struct Inventory {
    items: Vec<String>,
}

impl Inventory {
    fn add(&mut self, item: &str) {
        self.items.push(item.to_string());
    }
    fn count(&self) -> usize {
        self.items.len()
    }
    fn first(&self) -> Option<&String> {
        self.items.first()
    }
    fn into_items(self) -> Vec<String> {
        self.items
    }
    fn take_last(&mut self) -> Option<String> {
        self.items.pop()
    }
}

fn main() {
    let mut inv = Inventory { items: Vec::new() };
    inv.add("sword");
    inv.add("shield");
    inv.add("potion");
    let first_len = inv.first().map(|s| s.len()).unwrap_or(0);
    inv.add("map");
    println!("first len {} count {}", first_len, inv.count());
    let last = inv.take_last();
    println!("{:?} {}", last, inv.count());
    if let Some(f) = inv.first() {
        println!("first {}", f);
    }
    let f2 = inv.first().cloned();
    inv.add("rope");
    println!("{:?} {:?}", f2, inv);
    let items = inv.into_items();
    println!("{}", items.join(", "));
}
