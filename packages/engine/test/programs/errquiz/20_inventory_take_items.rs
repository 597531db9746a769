#[derive(Debug)]
struct Item {
    name: String,
    qty: u32,
}

struct Inventory {
    items: Vec<Item>,
}

impl Inventory {
    fn all_items(&self) -> Vec<Item> {
        self.items
    }
}

fn main() {
    let inv = Inventory {
        items: vec![Item { name: "arrow".into(), qty: 20 }],
    };
    for it in inv.all_items() {
        println!("{} x{}", it.name, it.qty);
    }
}
