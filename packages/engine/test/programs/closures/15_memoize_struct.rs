use std::collections::HashMap;

// The "Cacher" from the book, generalised with a HashMap.
struct Cacher<F>
where
    F: Fn(u64) -> u64,
{
    calculation: F,
    values: HashMap<u64, u64>,
    misses: u32,
}

impl<F> Cacher<F>
where
    F: Fn(u64) -> u64,
{
    fn new(calculation: F) -> Cacher<F> {
        Cacher { calculation, values: HashMap::new(), misses: 0 }
    }

    fn value(&mut self, arg: u64) -> u64 {
        if let Some(&v) = self.values.get(&arg) {
            return v;
        }
        self.misses += 1;
        let v = (self.calculation)(arg);
        self.values.insert(arg, v);
        v
    }
}

fn main() {
    let mut slow_square = Cacher::new(|n| {
        println!("  computing {}^2 ...", n);
        n * n
    });

    for x in [4, 7, 4, 4, 7, 9] {
        println!("square({}) = {}", x, slow_square.value(x));
    }
    println!("cache misses: {}", slow_square.misses);

    let mut keys: Vec<_> = slow_square.values.keys().copied().collect();
    keys.sort();
    println!("cached keys: {:?}", keys);
}
