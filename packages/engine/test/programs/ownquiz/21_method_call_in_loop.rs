struct Item {
    name: String,
    price: u32,
}

struct Cart {
    items: Vec<Item>,
    total: u32,
}

impl Cart {
    fn add_to_total(&mut self, amount: u32) {
        self.total += amount;
    }

    fn recompute(&mut self) {
        self.total = 0;
        for item in self.items.iter() {
            self.add_to_total(item.price);
        }
    }
}

fn main() {
    let mut cart = Cart {
        items: vec![Item { name: String::from("pen"), price: 3 }],
        total: 0,
    };
    cart.recompute();
    println!("{} -> {}", cart.items[0].name, cart.total);
}
