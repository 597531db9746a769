use std::collections::HashMap;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum Category {
    Hardware,
    Garden,
    Kitchen,
}

#[derive(Debug, Clone)]
struct Item {
    sku: String,
    name: String,
    category: Category,
    quantity: u32,
    unit_price_cents: u32,
}

impl Item {
    fn value(&self) -> u64 {
        self.quantity as u64 * self.unit_price_cents as u64
    }
}

struct Inventory {
    items: HashMap<String, Item>,
}

impl Inventory {
    fn new() -> Self {
        Self { items: HashMap::new() }
    }

    fn stock(&mut self, sku: &str, name: &str, category: Category, qty: u32, price: u32) {
        let entry = self.items.entry(sku.to_string()).or_insert(Item {
            sku: sku.to_string(),
            name: name.to_string(),
            category,
            quantity: 0,
            unit_price_cents: price,
        });
        entry.quantity += qty;
    }

    fn sell(&mut self, sku: &str, qty: u32) -> Result<u64, String> {
        let item = self.items.get_mut(sku).ok_or(format!("unknown sku {}", sku))?;
        if item.quantity < qty {
            return Err(format!("only {} of {} left", item.quantity, item.name));
        }
        item.quantity -= qty;
        Ok(qty as u64 * item.unit_price_cents as u64)
    }

    fn low_stock(&self, threshold: u32) -> Vec<&Item> {
        let mut low: Vec<&Item> = self.items.values().filter(|i| i.quantity < threshold).collect();
        low.sort_by(|a, b| a.quantity.cmp(&b.quantity).then_with(|| a.sku.cmp(&b.sku)));
        low
    }

    fn value_by_category(&self) -> Vec<(Category, u64)> {
        let mut totals: HashMap<Category, u64> = HashMap::new();
        for item in self.items.values() {
            *totals.entry(item.category).or_default() += item.value();
        }
        let mut v: Vec<_> = totals.into_iter().collect();
        v.sort();
        v
    }
}

fn dollars(cents: u64) -> String {
    format!("${}.{:02}", cents / 100, cents % 100)
}

fn main() {
    let mut inv = Inventory::new();
    inv.stock("HW-001", "Claw hammer", Category::Hardware, 12, 1599);
    inv.stock("HW-002", "Box of screws", Category::Hardware, 40, 450);
    inv.stock("GD-010", "Watering can", Category::Garden, 5, 1200);
    inv.stock("KT-100", "Chef knife", Category::Kitchen, 3, 4999);
    inv.stock("KT-101", "Cutting board", Category::Kitchen, 8, 2250);
    inv.stock("HW-001", "Claw hammer", Category::Hardware, 3, 1599);

    let orders = [("HW-001", 4), ("KT-100", 5), ("GD-010", 5), ("XX-999", 1), ("HW-002", 38)];
    let mut revenue = 0;
    for (sku, qty) in orders.iter() {
        match inv.sell(sku, *qty) {
            Ok(amount) => {
                revenue += amount;
                println!("sold {:>2} x {} for {}", qty, sku, dollars(amount));
            }
            Err(msg) => println!("could not sell {}: {}", sku, msg),
        }
    }
    println!("revenue: {}", dollars(revenue));

    println!("-- low stock (< 5) --");
    for item in inv.low_stock(5) {
        println!("{} {:<14} {}", item.sku, item.name, item.quantity);
    }

    println!("-- value by category --");
    for (cat, value) in inv.value_by_category() {
        println!("{:<9} {:>10}", format!("{:?}", cat), dollars(value));
    }

    let mut all: Vec<&Item> = inv.items.values().collect();
    all.sort_by_key(|i| std::cmp::Reverse(i.value()));
    let top = all.first().unwrap();
    println!("most valuable line: {} ({})", top.name, dollars(top.value()));
}
