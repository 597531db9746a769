use std::cell::RefCell;

struct Inventory {
    items: RefCell<Vec<(String, u32)>>,
}

impl Inventory {
    fn restock(&self, name: &str, qty: u32) {
        // Look first, then drop the read guard before writing.
        let existing = self.items.borrow();
        let pos = existing.iter().position(|(n, _)| n == name);
        drop(existing);

        let mut items = self.items.borrow_mut();
        match pos {
            Some(i) => items[i].1 += qty,
            None => items.push((name.to_string(), qty)),
        }
    }

    fn total(&self) -> u32 {
        self.items.borrow().iter().map(|(_, q)| q).sum()
    }
}

fn main() {
    let inv = Inventory { items: RefCell::new(Vec::new()) };
    inv.restock("bolts", 10);
    inv.restock("nuts", 4);
    inv.restock("bolts", 5);
    for (name, qty) in inv.items.borrow().iter() {
        println!("{:>6}: {}", name, qty);
    }
    println!("total = {}", inv.total());
}
