use std::cell::Cell;

// A counter that can be bumped through a shared reference.
struct VisitCounter {
    hits: Cell<u32>,
}

impl VisitCounter {
    fn new() -> Self {
        VisitCounter { hits: Cell::new(0) }
    }

    // Note: &self, not &mut self
    fn visit(&self) {
        self.hits.set(self.hits.get() + 1);
    }
}

fn main() {
    let counter = VisitCounter::new();
    let a = &counter;
    let b = &counter;
    a.visit();
    b.visit();
    a.visit();
    println!("hits = {}", counter.hits.get());
}
