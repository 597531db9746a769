// Moving data out of the current variant with std::mem::replace
use std::mem;

#[derive(Debug)]
enum Vending {
    Ready,
    HasMoney(u32),
    Vend { product: String, change: u32 },
}

struct Machine {
    state: Vending,
    sold: Vec<String>,
}

impl Machine {
    fn coin(&mut self, cents: u32) {
        self.state = match mem::replace(&mut self.state, Vending::Ready) {
            Vending::Ready => Vending::HasMoney(cents),
            Vending::HasMoney(c) => Vending::HasMoney(c + cents),
            v @ Vending::Vend { .. } => v,
        };
    }

    fn select(&mut self, product: &str, price: u32) {
        if let Vending::HasMoney(c) = self.state {
            if c >= price {
                self.state = Vending::Vend { product: product.to_string(), change: c - price };
            } else {
                println!("need {} more cents for {}", price - c, product);
            }
        }
    }

    fn collect(&mut self) -> Option<(String, u32)> {
        match mem::replace(&mut self.state, Vending::Ready) {
            Vending::Vend { product, change } => {
                self.sold.push(product.clone());
                Some((product, change))
            }
            other => {
                self.state = other;
                None
            }
        }
    }
}

fn main() {
    let mut m = Machine { state: Vending::Ready, sold: Vec::new() };
    m.coin(100);
    m.select("chips", 150);
    m.coin(100);
    m.select("chips", 150);
    println!("state: {:?}", m.state);
    println!("collected: {:?}", m.collect());
    println!("collected again: {:?}", m.collect());
    m.coin(50);
    println!("state: {:?}, sold: {:?}", m.state, m.sold);
}
