#[derive(Debug, Clone)]
struct Item {
    name: String,
    qty: u32,
    price: f64,
}

struct Inventory {
    items: Vec<Item>,
}

impl Inventory {
    fn total_value(&self) -> f64 {
        self.items.iter().map(|i| i.qty as f64 * i.price).sum()
    }

    fn find(&self, name: &str) -> Option<&Item> {
        self.items.iter().find(|i| i.name == name)
    }

    fn restock(&mut self, name: &str, n: u32) -> bool {
        for item in self.items.iter_mut() {
            if item.name == name {
                item.qty += n;
                return true;
            }
        }
        false
    }
}

fn main() {
    let mut inv = Inventory {
        items: vec![
            Item { name: "bolt".into(), qty: 100, price: 0.25 },
            Item { name: "nut".into(), qty: 250, price: 0.1 },
            Item { name: "washer".into(), qty: 40, price: 0.05 },
        ],
    };
    println!("total: {:.2}", inv.total_value());
    println!("restock nut: {}", inv.restock("nut", 50));
    println!("restock gear: {}", inv.restock("gear", 5));
    println!("{:?}", inv.find("nut"));
    println!("{:?}", inv.find("gear"));
    println!("total: {:.2}", inv.total_value());
}
