// RefCell checks borrows at run time: breaking the rules panics.
use std::cell::RefCell;

#[derive(Debug)]
struct Inventory {
    items: RefCell<Vec<String>>,
}

impl Inventory {
    fn add(&self, item: &str) {
        self.items.borrow_mut().push(item.to_string());
    }

    fn list(&self) -> String {
        self.items.borrow().join(", ")
    }
}

fn main() {
    let inv = Inventory { items: RefCell::new(Vec::new()) };
    inv.add("sword");
    inv.add("shield");
    println!("items: {}", inv.list());

    let reader = inv.items.borrow();
    println!("first item: {}", reader[0]);
    println!("try_borrow_mut while reading fails: {}", inv.items.try_borrow_mut().is_err());

    // the reader is still alive here, so this borrow_mut panics
    inv.add("potion");
    println!("never reached: {}", reader.len());
}
