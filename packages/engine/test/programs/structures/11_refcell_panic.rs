// RefCell enforces borrow rules at runtime: a second mutable borrow panics.
use std::cell::RefCell;

struct Inventory {
    items: RefCell<Vec<String>>,
}

impl Inventory {
    fn add(&self, s: &str) {
        self.items.borrow_mut().push(s.to_string());
    }
    fn count(&self) -> usize {
        self.items.borrow().len()
    }
}

fn main() {
    let inv = Inventory { items: RefCell::new(Vec::new()) };
    inv.add("sword");
    inv.add("shield");
    println!("count = {}", inv.count());

    {
        let r1 = inv.items.borrow();
        let r2 = inv.items.borrow();
        println!("two readers: {} {}", r1[0], r2[1]);
    }

    println!("try_borrow_mut while free: {}", inv.items.try_borrow_mut().is_ok());
    let guard = inv.items.borrow();
    println!("try_borrow_mut while read: {}", inv.items.try_borrow_mut().is_ok());
    println!("first item = {}", guard[0]);

    // Student bug: adding while still holding the read guard.
    println!("adding potion...");
    inv.add("potion");
    println!("unreachable: {}", guard.len());
}
