use std::cell::RefCell;

struct History {
    entries: RefCell<Vec<String>>,
}

impl History {
    fn record(&self, msg: &str) {
        // the receiver's borrow_mut() is taken first, then the argument calls borrow()
        self.entries
            .borrow_mut()
            .push(format!("#{} {}", self.entries.borrow().len() + 1, msg));
    }
}

fn main() {
    let h = History { entries: RefCell::new(Vec::new()) };
    println!("recording...");
    h.record("opened file");
    println!("entries: {:?}", h.entries.borrow());
}
