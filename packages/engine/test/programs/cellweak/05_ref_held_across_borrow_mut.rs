use std::cell::RefCell;

struct Inventory {
    items: RefCell<Vec<String>>,
}

impl Inventory {
    fn add(&self, name: &str) {
        self.items.borrow_mut().push(name.to_string());
    }
}

fn main() {
    let inv = Inventory { items: RefCell::new(vec!["sword".to_string()]) };

    // Student mistake: keep the Ref alive while adding
    let current = inv.items.borrow();
    println!("first item: {}", current[0]);
    inv.add("shield"); // borrow_mut while `current` is still alive
    println!("count: {}", current.len());
}
