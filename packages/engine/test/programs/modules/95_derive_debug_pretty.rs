mod inventory {
    #[derive(Debug, Clone, Copy, PartialEq)]
    pub enum Condition {
        New,
        Used { years: u8 },
    }

    #[derive(Debug, Clone)]
    pub struct Item {
        pub sku: String,
        pub qty: u32,
        pub condition: Condition,
        pub tags: Vec<&'static str>,
    }

    #[derive(Debug, Default)]
    pub struct Warehouse {
        pub name: String,
        pub items: Vec<Item>,
        pub location: (i32, i32),
    }
}

use inventory::{Condition, Item, Warehouse};

fn main() {
    let drill = Item {
        sku: "DR-220".to_string(),
        qty: 4,
        condition: Condition::Used { years: 2 },
        tags: vec!["tools", "power"],
    };
    println!("{:?}", drill);
    let mut w = Warehouse { name: "North".into(), ..Default::default() };
    w.items.push(drill.clone());
    w.items.push(Item { sku: "HM-01".into(), qty: 10, condition: Condition::New, tags: vec![] });
    w.location = (52, -3);
    println!("{:#?}", w);
    println!("{:?}", Warehouse::default());
    println!("same condition? {}", w.items[0].condition == drill.condition);
}
