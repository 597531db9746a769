// Returning `impl Iterator + '_` hides the adapter chain's type.
struct Inventory {
    items: Vec<(String, u32)>,
}

impl Inventory {
    fn in_stock(&self) -> impl Iterator<Item = &String> + '_ {
        self.items.iter().filter(|(_, qty)| *qty > 0).map(|(name, _)| name)
    }

    fn quantities(&self) -> impl Iterator<Item = u32> + '_ {
        self.items.iter().map(|(_, q)| *q)
    }
}

fn main() {
    let inv = Inventory {
        items: vec![
            ("bolts".to_string(), 40),
            ("nuts".to_string(), 0),
            ("washers".to_string(), 12),
        ],
    };
    for name in inv.in_stock() {
        println!("in stock: {}", name);
    }
    let total: u32 = inv.quantities().sum();
    println!("total units: {}", total);
}
