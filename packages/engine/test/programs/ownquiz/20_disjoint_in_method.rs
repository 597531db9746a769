struct Item {
    name: String,
    price: u32,
}

struct Cart {
    items: Vec<Item>,
    total: u32,
}

impl Cart {
    fn recompute(&mut self) {
        self.total = 0;
        for item in &self.items {
            self.total += item.price;
        }
    }
}

fn main() {
    let mut cart = Cart {
        items: vec![
            Item { name: String::from("pen"), price: 3 },
            Item { name: String::from("book"), price: 12 },
        ],
        total: 0,
    };
    cart.recompute();
    for it in &cart.items {
        println!("{:>5} {}", it.name, it.price);
    }
    println!("total {}", cart.total);
}
