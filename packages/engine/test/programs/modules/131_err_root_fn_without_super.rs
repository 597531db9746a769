fn log(msg: &str) {
    println!("[log] {}", msg);
}

mod cart {
    pub struct Cart {
        pub items: Vec<(String, u32)>,
    }

    impl Cart {
        pub fn new() -> Self {
            Cart { items: Vec::new() }
        }

        pub fn add(&mut self, name: &str, price: u32) {
            self.items.push((name.to_string(), price));
            log(&format!("added {}", name));
        }

        pub fn total(&self) -> u32 {
            self.items.iter().map(|(_, p)| p).sum()
        }
    }
}

fn main() {
    let mut c = cart::Cart::new();
    c.add("apples", 320);
    c.add("bread", 250);
    log("checkout");
    println!("total: {}", c.total());
}
