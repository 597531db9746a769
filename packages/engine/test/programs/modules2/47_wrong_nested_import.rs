// The struct lives in inventory::model, but the import skips a level.
mod inventory {
    pub mod model {
        #[derive(Debug)]
        pub struct Item {
            pub sku: u32,
            pub name: String,
        }
    }

    pub fn sample() -> Vec<model::Item> {
        vec![model::Item { sku: 1, name: String::from("lamp") }]
    }
}

use inventory::Item;

fn main() {
    let mut items = inventory::sample();
    items.push(Item { sku: 2, name: String::from("desk") });
    for i in &items {
        println!("{:?}", i);
    }
}
