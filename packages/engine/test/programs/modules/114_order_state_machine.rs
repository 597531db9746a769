mod order {
    #[derive(Debug, Clone, Copy, PartialEq)]
    pub enum Status {
        Pending,
        Paid,
        Shipped,
        Delivered,
        Cancelled,
    }

    pub struct Order {
        pub id: u32,
        status: Status,
        history: Vec<Status>,
    }

    impl Order {
        pub fn new(id: u32) -> Self {
            Order { id, status: Status::Pending, history: vec![Status::Pending] }
        }

        pub fn status(&self) -> Status {
            self.status
        }

        pub fn advance(&mut self, to: Status) -> Result<(), String> {
            use Status::*;
            let ok = matches!(
                (self.status, to),
                (Pending, Paid) | (Paid, Shipped) | (Shipped, Delivered) | (Pending, Cancelled) | (Paid, Cancelled)
            );
            if ok {
                self.status = to;
                self.history.push(to);
                Ok(())
            } else {
                Err(format!("order {}: cannot go from {:?} to {:?}", self.id, self.status, to))
            }
        }

        pub fn history(&self) -> &[Status] {
            &self.history
        }
    }
}

use order::{Order, Status};

fn main() {
    let mut o = Order::new(42);
    let steps = [Status::Paid, Status::Delivered, Status::Shipped, Status::Delivered, Status::Cancelled];
    for s in steps {
        match o.advance(s) {
            Ok(()) => println!("order {} is now {:?}", o.id, o.status()),
            Err(e) => println!("rejected: {}", e),
        }
    }
    println!("history: {:?}", o.history());
}
