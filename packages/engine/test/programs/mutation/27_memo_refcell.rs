use std::cell::RefCell;
use std::collections::HashMap;

struct Fib {
    cache: RefCell<HashMap<u64, u64>>,
    calls: std::cell::Cell<u32>,
}

impl Fib {
    fn get(&self, n: u64) -> u64 {
        self.calls.set(self.calls.get() + 1);
        if n < 2 {
            return n;
        }
        if let Some(&v) = self.cache.borrow().get(&n) {
            return v;
        }
        let v = self.get(n - 1) + self.get(n - 2);
        self.cache.borrow_mut().insert(n, v);
        v
    }
}

fn main() {
    let f = Fib { cache: RefCell::new(HashMap::new()), calls: std::cell::Cell::new(0) };
    println!("fib(30) = {}", f.get(30));
    println!("calls: {}", f.calls.get());
    println!("fib(40) = {}", f.get(40));
    println!("calls: {}", f.calls.get());
    println!("cached entries: {}", f.cache.borrow().len());
}
