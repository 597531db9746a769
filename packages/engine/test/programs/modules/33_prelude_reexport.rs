mod shop {
    pub mod model {
        #[derive(Debug)]
        pub struct Product {
            pub name: String,
            pub price_cents: u32,
        }

        #[derive(Debug)]
        pub struct Cart {
            pub items: Vec<Product>,
        }
    }

    pub mod pricing {
        use super::model::Cart;

        pub fn subtotal(cart: &Cart) -> u32 {
            cart.items.iter().map(|p| p.price_cents).sum()
        }

        pub fn with_tax(cents: u32, percent: u32) -> u32 {
            cents + cents * percent / 100
        }
    }

    // A small "prelude" so callers can write `use shop::prelude::*`.
    pub mod prelude {
        pub use super::model::{Cart, Product};
        pub use super::pricing::{subtotal, with_tax};
    }
}

use shop::prelude::*;

fn main() {
    let cart = Cart {
        items: vec![
            Product { name: "Notebook".into(), price_cents: 499 },
            Product { name: "Pen".into(), price_cents: 150 },
            Product { name: "Backpack".into(), price_cents: 3999 },
        ],
    };
    for p in &cart.items {
        println!("{:<10}{:>6}", p.name, p.price_cents);
    }
    let sub = subtotal(&cart);
    println!("subtotal: {}", sub);
    println!("with 8% tax: {}", with_tax(sub, 8));
}
