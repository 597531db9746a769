// Exercise: send a report once, then try to send it again.
struct Outbox {
    sent: Vec<String>,
}

impl Outbox {
    fn send(&mut self, r: String) -> usize {
        let n = r.len();
        self.sent.push(r);
        n
    }
}

fn main() {
    let mut outbox = Outbox { sent: Vec::new() };
    let report = String::from("quarterly numbers");
    let send = move |o: &mut Outbox| {
        let r = report;
        println!("sending {}", r);
        o.send(r)
    };
    let n = send(&mut outbox);
    println!("sent {} bytes", n);
    let again = send(&mut outbox);
    println!("sent again {}", again);
    println!("{} reports in outbox", outbox.sent.len());
}
