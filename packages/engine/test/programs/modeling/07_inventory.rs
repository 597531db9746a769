#[derive(Debug, Clone, Copy, PartialEq)]
enum Category {
    Tool,
    Fastener,
    Paint,
}

#[derive(Debug)]
struct Item {
    sku: u32,
    name: String,
    category: Category,
    qty: u32,
    reorder_at: u32,
}

struct Inventory {
    items: Vec<Item>,
}

impl Inventory {
    fn add(&mut self, sku: u32, name: &str, category: Category, qty: u32, reorder_at: u32) {
        self.items.push(Item { sku, name: name.into(), category, qty, reorder_at });
    }

    fn find_mut(&mut self, sku: u32) -> Option<&mut Item> {
        self.items.iter_mut().find(|i| i.sku == sku)
    }

    fn sell(&mut self, sku: u32, n: u32) -> Result<u32, String> {
        let item = self.find_mut(sku).ok_or(format!("unknown sku {}", sku))?;
        if item.qty < n {
            return Err(format!("only {} {} left", item.qty, item.name));
        }
        item.qty -= n;
        Ok(item.qty)
    }

    fn needs_reorder(&self) -> Vec<&str> {
        self.items
            .iter()
            .filter(|i| i.qty <= i.reorder_at)
            .map(|i| i.name.as_str())
            .collect()
    }

    fn count_in(&self, cat: Category) -> u32 {
        self.items.iter().filter(|i| i.category == cat).map(|i| i.qty).sum()
    }
}

fn main() {
    let mut inv = Inventory { items: vec![] };
    inv.add(1001, "hammer", Category::Tool, 12, 3);
    inv.add(1002, "wood screws (box)", Category::Fastener, 40, 10);
    inv.add(1003, "white paint 1L", Category::Paint, 6, 4);
    inv.add(1004, "screwdriver", Category::Tool, 4, 2);

    println!("{:?}", inv.sell(1001, 10));
    println!("{:?}", inv.sell(1003, 7));
    println!("{:?}", inv.sell(9999, 1));
    println!("{:?}", inv.sell(1002, 31));

    println!("reorder: {:?}", inv.needs_reorder());
    for cat in [Category::Tool, Category::Fastener, Category::Paint] {
        println!("{:?}: {} units", cat, inv.count_in(cat));
    }
}
