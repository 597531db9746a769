mod inventory {
    use std::collections::HashMap;

    pub struct Inventory {
        stock: HashMap<String, u32>,
    }

    impl Inventory {
        pub fn new() -> Self {
            Inventory { stock: HashMap::new() }
        }

        pub fn add(&mut self, item: &str, qty: u32) {
            *self.stock.entry(item.to_string()).or_insert(0) += qty;
        }

        pub fn remove(&mut self, item: &str, qty: u32) -> bool {
            match self.stock.get_mut(item) {
                Some(n) if *n >= qty => {
                    *n -= qty;
                    true
                }
                _ => false,
            }
        }

        pub fn quantity(&self, item: &str) -> u32 {
            self.stock.get(item).copied().unwrap_or(0)
        }

        pub fn report(&self) -> Vec<(String, u32)> {
            let mut items: Vec<(String, u32)> =
                self.stock.iter().map(|(k, v)| (k.clone(), *v)).collect();
            items.sort();
            items
        }
    }
}

fn main() {
    let mut inv = inventory::Inventory::new();
    inv.add("bolts", 120);
    inv.add("nuts", 80);
    inv.add("washers", 200);
    inv.add("bolts", 30);

    println!("remove 100 nuts: {}", inv.remove("nuts", 100));
    println!("remove 50 bolts: {}", inv.remove("bolts", 50));
    println!("remove 1 gear:   {}", inv.remove("gears", 1));
    println!("bolts left: {}", inv.quantity("bolts"));

    for (item, qty) in inv.report() {
        println!("{:<8}{:>5}", item, qty);
    }
}
