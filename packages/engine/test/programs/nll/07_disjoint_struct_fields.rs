// Borrowing two different fields of a struct at the same time is fine:
// the borrow checker tracks `self.a` and `self.b` separately.
struct Inventory {
    items: Vec<String>,
    log: Vec<String>,
}

impl Inventory {
    fn restock(&mut self) {
        let items = &self.items;       // shared borrow of one field
        let log = &mut self.log;       // mutable borrow of another field
        for item in items {
            log.push(format!("restocked {}", item));
        }
    }
}

fn main() {
    let mut inv = Inventory {
        items: vec!["bolts".into(), "nuts".into()],
        log: Vec::new(),
    };
    inv.restock();

    let first = &mut inv.items[0];
    let log_len = inv.log.len();
    first.push_str(&format!("(x{})", log_len));

    println!("items: {:?}", inv.items);
    for line in &inv.log {
        println!("log: {}", line);
    }
}
