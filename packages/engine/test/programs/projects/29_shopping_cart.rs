use std::fmt;

#[derive(Debug, Clone)]
struct LineItem {
    name: String,
    unit_cents: u32,
    qty: u32,
}

#[derive(Debug, Clone, Copy)]
enum Discount {
    PercentOff(u32),
    AmountOff(u32),
    BuyXGetOne { name: &'static str, x: u32 },
}

#[derive(Debug, Default)]
struct Cart {
    items: Vec<LineItem>,
    discounts: Vec<Discount>,
}

impl Cart {
    fn add(&mut self, name: &str, unit_cents: u32, qty: u32) {
        if let Some(existing) = self.items.iter_mut().find(|i| i.name == name) {
            existing.qty += qty;
        } else {
            self.items.push(LineItem { name: name.to_string(), unit_cents, qty });
        }
    }

    fn subtotal(&self) -> u32 {
        self.items.iter().map(|i| i.unit_cents * i.qty).sum()
    }

    fn savings(&self) -> u32 {
        let mut saved = 0;
        for d in &self.discounts {
            saved += match *d {
                Discount::BuyXGetOne { name, x } => self
                    .items
                    .iter()
                    .find(|i| i.name == name)
                    .map_or(0, |i| (i.qty / (x + 1)) * i.unit_cents),
                _ => 0,
            };
        }
        let after_items = self.subtotal() - saved;
        for d in &self.discounts {
            saved += match *d {
                Discount::PercentOff(p) => after_items * p / 100,
                Discount::AmountOff(a) => a.min(after_items),
                _ => 0,
            };
        }
        saved
    }

    fn total(&self) -> u32 {
        self.subtotal() - self.savings()
    }
}

impl fmt::Display for Cart {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        for i in &self.items {
            writeln!(f, "{:<12} {:>2} x {:>6.2} = {:>7.2}", i.name, i.qty,
                i.unit_cents as f64 / 100.0, (i.unit_cents * i.qty) as f64 / 100.0)?;
        }
        writeln!(f, "{:<26} {:>7.2}", "subtotal", self.subtotal() as f64 / 100.0)?;
        writeln!(f, "{:<26} {:>7.2}", "savings", -(self.savings() as f64) / 100.0)?;
        write!(f, "{:<26} {:>7.2}", "TOTAL", self.total() as f64 / 100.0)
    }
}

fn checkout(cart: Cart) -> u32 {
    println!("checking out {} line(s)", cart.items.len());
    cart.total()
}

fn main() {
    let mut cart = Cart::default();
    cart.add("Coffee beans", 1299, 2);
    cart.add("Croissant", 250, 5);
    cart.add("Oat milk", 349, 1);
    cart.add("Croissant", 250, 1);
    cart.discounts.push(Discount::BuyXGetOne { name: "Croissant", x: 2 });
    cart.discounts.push(Discount::PercentOff(10));
    println!("{}", cart);

    let paid = checkout(cart);
    println!("paid {:.2}", paid as f64 / 100.0);
    println!("items left in cart: {}", cart.items.len());
}
