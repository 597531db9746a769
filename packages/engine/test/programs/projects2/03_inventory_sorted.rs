// Week project: a shop inventory kept in a HashMap, printed in sorted order.
use std::collections::HashMap;

#[derive(Debug, Clone)]
struct Item {
    name: String,
    quantity: u32,
    price_cents: u32,
    category: &'static str,
}

impl Item {
    fn value(&self) -> u64 {
        self.quantity as u64 * self.price_cents as u64
    }
}

struct Inventory {
    items: HashMap<String, Item>,
}

impl Inventory {
    fn new() -> Self {
        Inventory { items: HashMap::new() }
    }

    fn add(&mut self, sku: &str, name: &str, quantity: u32, price_cents: u32, category: &'static str) {
        let item = self.items.entry(sku.to_string()).or_insert(Item {
            name: name.to_string(),
            quantity: 0,
            price_cents,
            category,
        });
        item.quantity += quantity;
    }

    fn sell(&mut self, sku: &str, amount: u32) -> Result<u32, String> {
        match self.items.get_mut(sku) {
            None => Err(format!("unknown sku {}", sku)),
            Some(item) if item.quantity < amount => Err(format!(
                "only {} of {} in stock",
                item.quantity, item.name
            )),
            Some(item) => {
                item.quantity -= amount;
                Ok(amount * item.price_cents)
            }
        }
    }

    fn remove_empty(&mut self) -> Vec<String> {
        let mut empty: Vec<String> = self
            .items
            .iter()
            .filter(|(_, item)| item.quantity == 0)
            .map(|(sku, _)| sku.clone())
            .collect();
        empty.sort();
        for sku in &empty {
            self.items.remove(sku);
        }
        empty
    }

    fn print_sorted(&self) {
        let mut skus: Vec<&String> = self.items.keys().collect();
        skus.sort();
        for sku in skus {
            let item = &self.items[sku];
            println!(
                "  {:<6} {:<12} x{:>3} @ {:>4}c = {:>6}c",
                sku,
                item.name,
                item.quantity,
                item.price_cents,
                item.value()
            );
        }
    }

    fn totals_by_category(&self) -> Vec<(&'static str, u64)> {
        let mut totals: HashMap<&'static str, u64> = HashMap::new();
        for item in self.items.values() {
            *totals.entry(item.category).or_insert(0) += item.value();
        }
        let mut list: Vec<(&'static str, u64)> = totals.into_iter().collect();
        list.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        list
    }
}

fn main() {
    let mut inv = Inventory::new();
    inv.add("A-100", "pencil", 40, 25, "office");
    inv.add("A-200", "notebook", 10, 199, "office");
    inv.add("B-010", "apple", 30, 45, "food");
    inv.add("B-020", "banana", 12, 30, "food");
    inv.add("A-100", "pencil", 10, 25, "office");
    inv.add("C-001", "usb cable", 3, 650, "tech");

    println!("Start of day:");
    inv.print_sorted();

    let orders = [("B-020", 12), ("A-200", 11), ("C-001", 3), ("Z-999", 1), ("A-100", 5)];
    let mut revenue = 0;
    for (sku, n) in orders {
        match inv.sell(sku, n) {
            Ok(c) => {
                revenue += c;
                println!("sold {} x {} for {}c", n, sku, c);
            }
            Err(e) => println!("order failed: {}", e),
        }
    }
    println!("revenue: {}c", revenue);

    let removed = inv.remove_empty();
    println!("sold out and removed: {:?}", removed);
    println!("End of day:");
    inv.print_sorted();

    for (cat, total) in inv.totals_by_category() {
        println!("{:>8}: {}c", cat, total);
    }
    let cheapest = inv.items.values().min_by_key(|i| i.price_cents).map(|i| i.name.clone());
    println!("cheapest item: {:?}", cheapest);
}
