// A counter that should work with any kind of item.
struct Counter {
    count: usize,
}

impl<T> Counter {
    fn record(&mut self, _item: T) {
        self.count += 1;
    }
}

fn main() {
    let mut c = Counter { count: 0 };
    c.record("apple");
    c.record("pear");
    println!("{}", c.count);
}
