struct Cart {
    items: Vec<(String, u32)>,
    discount: u32,
}

impl Cart {
    fn total(&self) -> u32 {
        self.items.iter().map(|(_, price)| price).sum()
    }

    fn apply_discount(&mut self) {
        for (_, price) in self.items.iter_mut() {
            if self.total() > 100 {
                *price -= self.discount;
            }
        }
    }
}

fn main() {
    let mut cart = Cart {
        items: vec![("book".to_string(), 60), ("lamp".to_string(), 70)],
        discount: 5,
    };
    cart.apply_discount();
    println!("total after discount: {}", cart.total());
}
