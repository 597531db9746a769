struct Inventory {
    items: Vec<String>,
    count: usize,
}

impl Inventory {
    fn add(&mut self, item: &str) {
        self.items.push(item.to_string());
        self.count += 1;
    }
}

fn main() {
    let mut inv = Inventory { items: vec![String::from("apple")], count: 1 };
    let first = &inv.items[0];
    inv.add("pear");
    println!("first item: {}", first);
    println!("count: {}", inv.count);
}
