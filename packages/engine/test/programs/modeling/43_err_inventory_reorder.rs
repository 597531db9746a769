// Reordering low-stock items while iterating over them.
struct Item {
    sku: &'static str,
    qty: u32,
}

struct Store {
    items: Vec<Item>,
    orders: Vec<String>,
}

impl Store {
    fn reorder(&mut self, sku: &str, amount: u32) {
        self.orders.push(format!("order {} x {}", amount, sku));
    }

    fn restock_low(&mut self, threshold: u32) {
        for item in self.items.iter() {
            if item.qty < threshold {
                self.reorder(item.sku, threshold * 2 - item.qty);
            }
        }
    }
}

fn main() {
    let mut store = Store {
        items: vec![
            Item { sku: "PEN-BLU", qty: 3 },
            Item { sku: "PAD-A4", qty: 40 },
            Item { sku: "INK-BLK", qty: 1 },
        ],
        orders: Vec::new(),
    };
    store.restock_low(5);
    for o in &store.orders {
        println!("{}", o);
    }
    println!("{} orders placed", store.orders.len());
}
