// A shared borrow while a mutable borrow is alive panics too.
use std::cell::RefCell;

struct Counter {
    hits: RefCell<u32>,
}

impl Counter {
    fn bump(&self) {
        let mut h = self.hits.borrow_mut();
        *h += 1;
        self.report();
    }
    fn report(&self) {
        println!("hits = {}", self.hits.borrow());
    }
}

fn main() {
    let c = Counter { hits: RefCell::new(0) };
    c.report();
    c.bump();
    c.report();
}
