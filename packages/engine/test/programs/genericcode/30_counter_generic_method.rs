use std::fmt::Debug;

// Fixed version: the type parameter belongs on the method, not the impl.
struct Counter {
    count: usize,
    last: String,
}

impl Counter {
    fn new() -> Self {
        Counter { count: 0, last: String::new() }
    }

    fn record<T: Debug>(&mut self, item: T) {
        self.count += 1;
        self.last = format!("{:?}", item);
    }
}

fn main() {
    let mut c = Counter::new();
    c.record("apple");
    c.record(42);
    c.record(vec![1, 2]);
    c.record(('a', true));
    println!("{} items, last = {}", c.count, c.last);
}
