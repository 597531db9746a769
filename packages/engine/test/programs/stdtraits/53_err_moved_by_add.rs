use std::ops::Add;

#[derive(Debug)]
struct Inventory {
    items: Vec<String>,
}

impl Add for Inventory {
    type Output = Inventory;
    fn add(mut self, other: Inventory) -> Inventory {
        self.items.extend(other.items);
        self
    }
}

fn main() {
    let backpack = Inventory { items: vec!["rope".into(), "torch".into()] };
    let chest = Inventory { items: vec!["gold".into()] };
    let all = backpack + chest;
    println!("all: {:?}", all.items);
    println!("backpack had {} items", backpack.items.len());
}
