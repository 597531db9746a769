// State machine whose states carry data; transitions consume self.
#[derive(Debug)]
enum Order {
    Cart(Vec<String>),
    Paid { items: Vec<String>, amount: u32 },
    Shipped { items: Vec<String>, tracking: String },
}

impl Order {
    fn pay(self, amount: u32) -> Order {
        match self {
            Order::Cart(items) => Order::Paid { items, amount },
            other => other,
        }
    }
    fn ship(self, tracking: &str) -> Order {
        match self {
            Order::Paid { items, .. } => Order::Shipped { items, tracking: tracking.to_string() },
            other => other,
        }
    }
}

fn main() {
    let o = Order::Cart(vec!["book".to_string(), "pen".to_string()]);
    let o = o.ship("TRK1"); // too early, no change
    println!("{:?}", o);
    let o = o.pay(25).ship("TRK2");
    if let Order::Shipped { items, tracking } = &o {
        println!("{} items via {}", items.len(), tracking);
    }
}
