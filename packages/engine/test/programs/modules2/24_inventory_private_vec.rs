// The student wants to push straight into the private Vec.
mod inventory {
    pub struct Item {
        pub name: String,
        pub qty: u32,
    }

    pub struct Inventory {
        items: Vec<Item>,
    }

    impl Inventory {
        pub fn new() -> Inventory {
            Inventory { items: Vec::new() }
        }

        pub fn add(&mut self, name: &str, qty: u32) {
            self.items.push(Item { name: name.to_string(), qty });
        }

        pub fn count(&self) -> usize {
            self.items.len()
        }
    }
}

fn main() {
    let mut inv = inventory::Inventory::new();
    inv.add("hammer", 3);
    inv.items.push(inventory::Item { name: String::from("saw"), qty: 1 });
    println!("{} items", inv.count());
}
