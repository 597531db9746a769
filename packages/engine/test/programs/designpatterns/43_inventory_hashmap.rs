// Inventory with a HashMap; print in sorted order.
use std::collections::HashMap;

struct Inventory {
    items: HashMap<String, u32>,
}

impl Inventory {
    fn add(&mut self, name: &str, qty: u32) {
        *self.items.entry(name.to_string()).or_insert(0) += qty;
    }
    fn remove(&mut self, name: &str, qty: u32) -> Result<u32, String> {
        match self.items.get_mut(name) {
            Some(have) if *have >= qty => {
                *have -= qty;
                Ok(*have)
            }
            Some(have) => Err(format!("only {} {} left", have, name)),
            None => Err(format!("no {} in stock", name)),
        }
    }
    fn report(&self) {
        let mut names: Vec<&String> = self.items.keys().collect();
        names.sort();
        for n in names {
            println!("  {:<8}{}", n, self.items[n]);
        }
    }
}

fn main() {
    let mut inv = Inventory { items: HashMap::new() };
    inv.add("apple", 10);
    inv.add("pear", 3);
    inv.add("apple", 5);
    println!("{:?}", inv.remove("apple", 12));
    println!("{:?}", inv.remove("pear", 4));
    println!("{:?}", inv.remove("plum", 1));
    inv.report();
}
