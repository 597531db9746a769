mod shop {
    pub struct Product {
        name: String,
        price_cents: u32,
        stock: u32,
    }

    impl Product {
        pub fn new(name: &str, price_cents: u32) -> Product {
            Product { name: name.to_string(), price_cents, stock: 0 }
        }

        pub fn name(&self) -> &str {
            &self.name
        }

        pub fn price_cents(&self) -> u32 {
            self.price_cents
        }

        pub fn set_price_cents(&mut self, p: u32) {
            if p > 0 {
                self.price_cents = p;
            }
        }

        pub fn stock(&self) -> u32 {
            self.stock
        }

        pub fn restock(&mut self, n: u32) {
            self.stock += n;
        }
    }
}

use shop::Product;

fn main() {
    let mut kettle = Product::new("Kettle", 2499);
    kettle.restock(10);
    kettle.set_price_cents(0); // ignored
    kettle.set_price_cents(1999);
    println!(
        "{}: ${}.{:02}, {} in stock",
        kettle.name(),
        kettle.price_cents() / 100,
        kettle.price_cents() % 100,
        kettle.stock()
    );
}
