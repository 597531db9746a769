use std::fmt;

#[derive(Debug, Clone)]
enum Discount {
    None,
    PercentOff(u32),
    AmountOff(u32),
    BuyNGetOneFree(u32),
}

struct LineItem {
    name: String,
    unit_cents: u32,
    qty: u32,
    discount: Discount,
}

impl LineItem {
    fn subtotal(&self) -> u32 {
        self.unit_cents * self.qty
    }

    fn total(&self) -> u32 {
        let sub = self.subtotal();
        match self.discount {
            Discount::None => sub,
            Discount::PercentOff(p) => sub - sub * p / 100,
            Discount::AmountOff(a) => sub.saturating_sub(a),
            Discount::BuyNGetOneFree(n) => {
                let free = self.qty / (n + 1);
                sub - free * self.unit_cents
            }
        }
    }
}

struct Money(u32);

impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "${}.{:02}", self.0 / 100, self.0 % 100)
    }
}

struct Cart {
    items: Vec<LineItem>,
}

impl Cart {
    fn add(&mut self, name: &str, unit_cents: u32, qty: u32, discount: Discount) {
        self.items.push(LineItem { name: name.to_owned(), unit_cents, qty, discount });
    }

    fn total(&self) -> u32 {
        self.items.iter().map(LineItem::total).sum()
    }

    fn savings(&self) -> u32 {
        self.items.iter().map(|i| i.subtotal() - i.total()).sum()
    }
}

fn main() {
    let mut cart = Cart { items: Vec::new() };
    cart.add("coffee beans", 1299, 2, Discount::PercentOff(15));
    cart.add("oat milk", 349, 3, Discount::BuyNGetOneFree(2));
    cart.add("croissant", 275, 4, Discount::None);
    cart.add("gift card", 500, 1, Discount::AmountOff(800));

    for item in &cart.items {
        println!(
            "{:<13} {} x {:<7} {:>8} {:?}",
            item.name,
            item.qty,
            Money(item.unit_cents).to_string(),
            Money(item.total()).to_string(),
            item.discount
        );
    }
    println!("total:   {}", Money(cart.total()));
    println!("you saved {}", Money(cart.savings()));
}
