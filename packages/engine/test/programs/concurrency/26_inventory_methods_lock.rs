use std::sync::{Arc, Mutex};
use std::thread;

struct Inventory {
    items: Mutex<Vec<(String, u32)>>,
}

impl Inventory {
    fn add(&self, name: &str, qty: u32) {
        let mut items = self.items.lock().unwrap();
        match items.iter_mut().find(|(n, _)| n == name) {
            Some((_, q)) => *q += qty,
            None => items.push((name.to_string(), qty)),
        }
    }

    fn report(&self) -> Vec<(String, u32)> {
        let mut copy = self.items.lock().unwrap().clone();
        copy.sort();
        copy
    }
}

// Methods take &self; the Mutex inside handles mutation.
fn main() {
    let inv = Arc::new(Inventory { items: Mutex::new(Vec::new()) });
    let deliveries = vec![("bolt", 10), ("nut", 5), ("bolt", 7), ("washer", 3), ("nut", 1)];
    let mut handles = Vec::new();

    for (name, qty) in deliveries {
        let inv = Arc::clone(&inv);
        handles.push(thread::spawn(move || inv.add(name, qty)));
    }
    for h in handles {
        h.join().unwrap();
    }

    for (name, qty) in inv.report() {
        println!("{:>6}: {}", name, qty);
    }
}
