// expected: E0624 associated function `new` is private (forgot `pub fn new`)
mod inventory {
    #[derive(Debug)]
    pub struct Item {
        name: String,
        qty: u32,
    }

    impl Item {
        fn new(name: &str, qty: u32) -> Item {
            Item { name: name.to_string(), qty }
        }

        pub fn describe(&self) -> String {
            format!("{} x{}", self.name, self.qty)
        }
    }
}

fn main() {
    let it = inventory::Item::new("screwdriver", 12);
    println!("{}", it.describe());
}
