use std::cell::RefCell;

struct Inventory {
    items: RefCell<Vec<(String, u32)>>,
}

impl Inventory {
    fn count(&self) -> usize {
        self.items.borrow().len()
    }

    fn restock(&self, name: &str, qty: u32) {
        let mut items = self.items.borrow_mut();
        items.push((name.to_string(), qty));
        // oops: count() calls borrow() while `items` is still borrowed mutably
        println!("now tracking {} items", self.count());
    }
}

fn main() {
    let inv = Inventory { items: RefCell::new(Vec::new()) };
    println!("start with {}", inv.count());
    inv.restock("widget", 5);
    println!("done");
}
