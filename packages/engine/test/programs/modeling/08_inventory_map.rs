use std::collections::HashMap;

// Stock kept in a HashMap; reports are sorted so output is stable.
struct Warehouse {
    stock: HashMap<String, u32>,
}

impl Warehouse {
    fn new() -> Self {
        Warehouse { stock: HashMap::new() }
    }

    fn receive(&mut self, item: &str, qty: u32) {
        *self.stock.entry(item.to_string()).or_insert(0) += qty;
    }

    fn ship(&mut self, item: &str, qty: u32) -> Option<u32> {
        let on_hand = self.stock.get_mut(item)?;
        if *on_hand < qty {
            return None;
        }
        *on_hand -= qty;
        let left = *on_hand;
        if left == 0 {
            self.stock.remove(item);
        }
        Some(left)
    }

    fn report(&self) {
        let mut names: Vec<&String> = self.stock.keys().collect();
        names.sort();
        for name in names {
            println!("  {:<10} {:>4}", name, self.stock[name]);
        }
    }
}

fn main() {
    let mut w = Warehouse::new();
    let deliveries = [("apples", 50), ("pears", 20), ("apples", 25), ("plums", 8)];
    for (name, qty) in deliveries.iter() {
        w.receive(name, *qty);
    }
    println!("after deliveries:");
    w.report();

    for (name, qty) in [("apples", 30), ("plums", 8), ("kiwis", 1), ("pears", 100)] {
        match w.ship(name, qty) {
            Some(left) => println!("shipped {} {}, {} left", qty, name, left),
            None => println!("cannot ship {} {}", qty, name),
        }
    }
    println!("after shipping:");
    w.report();
    println!("distinct items: {}", w.stock.len());
}
