// Inventory library: private Vec inside, public API outside.
mod inventory {
    #[derive(Debug, Clone)]
    pub struct Item {
        pub name: String,
        pub qty: u32,
        pub price_cents: u32,
    }

    pub struct Inventory {
        items: Vec<Item>,
    }

    impl Inventory {
        pub fn new() -> Self {
            Inventory { items: Vec::new() }
        }

        pub fn add(&mut self, name: &str, qty: u32, price_cents: u32) {
            match self.items.iter_mut().find(|i| i.name == name) {
                Some(item) => item.qty += qty,
                None => self.items.push(Item { name: name.to_string(), qty, price_cents }),
            }
        }

        pub fn total_value(&self) -> u32 {
            self.items.iter().map(|i| i.qty * i.price_cents).sum()
        }

        pub fn low_stock(&self, threshold: u32) -> Vec<&Item> {
            self.items.iter().filter(|i| i.qty < threshold).collect()
        }

        pub fn len(&self) -> usize {
            self.items.len()
        }
    }
}

fn main() {
    let mut inv = inventory::Inventory::new();
    inv.add("bolt", 120, 5);
    inv.add("nut", 8, 3);
    inv.add("washer", 40, 2);
    inv.add("nut", 4, 3);
    println!("{} kinds of item", inv.len());
    println!("total value: {} cents", inv.total_value());
    for item in inv.low_stock(20) {
        println!("low stock: {} ({})", item.name, item.qty);
    }
}
