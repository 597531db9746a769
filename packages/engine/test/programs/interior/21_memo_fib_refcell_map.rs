use std::cell::{Cell, RefCell};
use std::collections::HashMap;

struct Fib {
    memo: RefCell<HashMap<u64, u64>>,
    misses: Cell<u32>,
}

impl Fib {
    fn get(&self, n: u64) -> u64 {
        if n < 2 {
            return n;
        }
        if let Some(&v) = self.memo.borrow().get(&n) {
            return v;
        }
        self.misses.set(self.misses.get() + 1);
        let v = self.get(n - 1) + self.get(n - 2);
        self.memo.borrow_mut().insert(n, v);
        v
    }
}

fn main() {
    let fib = Fib { memo: RefCell::new(HashMap::new()), misses: Cell::new(0) };
    println!("fib(30) = {}", fib.get(30));
    println!("misses after first call: {}", fib.misses.get());
    println!("fib(25) = {}", fib.get(25));
    println!("misses after second call: {}", fib.misses.get());

    let memo = fib.memo.borrow();
    let mut keys: Vec<_> = memo.keys().copied().filter(|k| *k <= 6).collect();
    keys.sort();
    for k in keys {
        println!("memo[{}] = {}", k, memo[&k]);
    }
}
