// Week project: inventory restocking. The spare-part rule has a borrowing bug.
use std::collections::HashMap;

#[derive(Debug, Clone)]
struct Item {
    name: String,
    quantity: u32,
    min_level: u32,
}

struct Warehouse {
    stock: HashMap<String, Item>,
    orders: Vec<String>,
}

impl Warehouse {
    fn new() -> Self {
        Warehouse { stock: HashMap::new(), orders: Vec::new() }
    }

    fn add(&mut self, sku: &str, name: &str, quantity: u32, min_level: u32) {
        self.stock.insert(
            sku.to_string(),
            Item { name: name.to_string(), quantity, min_level },
        );
    }

    fn low_items(&self) -> Vec<String> {
        let mut low: Vec<String> = self
            .stock
            .iter()
            .filter(|(_, item)| item.quantity < item.min_level)
            .map(|(sku, _)| sku.clone())
            .collect();
        low.sort();
        low
    }

    fn print(&self) {
        let mut skus: Vec<&String> = self.stock.keys().collect();
        skus.sort();
        for sku in skus {
            let item = &self.stock[sku];
            println!("  {:<8} {:<10} {:>3} (min {})", sku, item.name, item.quantity, item.min_level);
        }
    }
}

fn restock(wh: &mut Warehouse, sku: &str, amount: u32) -> Result<u32, String> {
    let item = wh
        .stock
        .get_mut(sku)
        .ok_or_else(|| format!("unknown sku {}", sku))?;

    // Items that keep running low get a spare entry of their own.
    if item.quantity == 0 {
        let spare_sku = format!("{}-SP", sku);
        wh.stock.insert(
            spare_sku.clone(),
            Item { name: format!("{} spare", item.name), quantity: amount / 2, min_level: 1 },
        );
        wh.orders.push(spare_sku);
    }

    item.quantity += amount;
    wh.orders.push(sku.to_string());
    Ok(item.quantity)
}

fn main() {
    let mut wh = Warehouse::new();
    wh.add("BOLT", "bolt", 0, 50);
    wh.add("NUT", "nut", 120, 50);
    wh.add("GEAR", "gear", 3, 10);
    wh.add("BELT", "belt", 8, 5);

    println!("before:");
    wh.print();
    println!("low: {:?}", wh.low_items());

    for sku in wh.low_items() {
        match restock(&mut wh, &sku, 40) {
            Ok(q) => println!("restocked {} to {}", sku, q),
            Err(e) => println!("error: {}", e),
        }
    }
    if let Err(e) = restock(&mut wh, "CHAIN", 5) {
        println!("error: {}", e);
    }

    println!("after:");
    wh.print();
    println!("orders placed: {:?}", wh.orders);
    let total: u32 = wh.stock.values().map(|i| i.quantity).sum();
    println!("total units: {}", total);
}
