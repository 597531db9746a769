// Paying for an order in place: the items are moved out of a borrowed self
#[derive(Debug)]
enum Order {
    Pending { items: Vec<String> },
    Paid { items: Vec<String>, total: u32 },
}

impl Order {
    fn pay(&mut self, total: u32) {
        match *self {
            Order::Pending { items } => {
                *self = Order::Paid { items, total };
            }
            Order::Paid { .. } => println!("already paid"),
        }
    }
}

fn main() {
    let mut order = Order::Pending { items: vec![String::from("tea"), String::from("mug")] };
    order.pay(1850);
    order.pay(1850);
    println!("{:?}", order);
}
