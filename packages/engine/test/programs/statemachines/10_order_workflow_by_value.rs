// Pending -> Paid -> Shipped -> Delivered, each step consumes the previous state
#[derive(Debug)]
enum Order {
    Pending { items: Vec<String> },
    Paid { items: Vec<String>, amount_cents: u64 },
    Shipped { items: Vec<String>, tracking: String },
    Delivered { items: Vec<String> },
}

impl Order {
    fn pay(self, amount_cents: u64) -> Order {
        match self {
            Order::Pending { items } => Order::Paid { items, amount_cents },
            other => other,
        }
    }

    fn ship(self, tracking: &str) -> Order {
        match self {
            Order::Paid { items, .. } => Order::Shipped { items, tracking: tracking.to_string() },
            other => other,
        }
    }

    fn deliver(self) -> Order {
        if let Order::Shipped { items, tracking } = self {
            println!("  package {} arrived", tracking);
            Order::Delivered { items }
        } else {
            self
        }
    }

    fn label(&self) -> &'static str {
        match self {
            Order::Pending { .. } => "pending",
            Order::Paid { .. } => "paid",
            Order::Shipped { .. } => "shipped",
            Order::Delivered { .. } => "delivered",
        }
    }
}

fn main() {
    let order = Order::Pending { items: vec!["book".to_string(), "lamp".to_string()] };
    println!("{}", order.label());
    // shipping before paying does nothing
    let order = order.ship("EARLY-1");
    println!("{}", order.label());
    let order = order.pay(4599);
    println!("{}: {:?}", order.label(), order);
    let order = order.ship("TRK-77");
    println!("{}", order.label());
    let order = order.deliver();
    println!("{}: {:?}", order.label(), order);
}
