use std::cell::RefCell;
use std::collections::HashMap;

// Memoised Fibonacci: the cache is mutated behind &self
struct Fib {
    cache: RefCell<HashMap<u64, u64>>,
    misses: std::cell::Cell<u32>,
}

impl Fib {
    fn get(&self, n: u64) -> u64 {
        if n < 2 {
            return n;
        }
        if let Some(&v) = self.cache.borrow().get(&n) {
            return v;
        }
        self.misses.set(self.misses.get() + 1);
        let v = self.get(n - 1) + self.get(n - 2);
        self.cache.borrow_mut().insert(n, v);
        v
    }
}

fn main() {
    let fib = Fib { cache: RefCell::new(HashMap::new()), misses: std::cell::Cell::new(0) };
    println!("fib(20) = {}", fib.get(20));
    println!("fib(25) = {}", fib.get(25));
    println!("misses = {}", fib.misses.get());

    let cache = fib.cache.borrow();
    let mut keys: Vec<_> = cache.keys().copied().collect();
    keys.sort();
    println!("first cached keys: {:?}", &keys[..5]);
}
