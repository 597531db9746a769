mod queue {
    pub struct TicketQueue {
        pub tickets: Vec<String>,
    }

    impl TicketQueue {
        pub fn new() -> Self {
            TicketQueue { tickets: Vec::new() }
        }

        pub fn escalate_first(&mut self) -> String {
            let first = &self.tickets[0];
            self.tickets.push(format!("ESCALATED: {}", first));
            first.clone()
        }
    }
}

fn main() {
    let mut q = queue::TicketQueue::new();
    q.tickets.push("printer jammed".to_string());
    q.tickets.push("vpn down".to_string());
    let e = q.escalate_first();
    println!("escalated '{}'", e);
    println!("{:?}", q.tickets);
}
