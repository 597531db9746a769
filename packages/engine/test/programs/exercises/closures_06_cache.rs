struct Cacher<F>
where
    F: Fn(u64) -> u64,
{
    calc: F,
    values: Vec<(u64, u64)>,
    hits: u32,
}

impl<F> Cacher<F>
where
    F: Fn(u64) -> u64,
{
    fn new(calc: F) -> Cacher<F> {
        Cacher { calc, values: Vec::new(), hits: 0 }
    }

    fn value(&mut self, arg: u64) -> u64 {
        for &(k, v) in &self.values {
            if k == arg {
                self.hits += 1;
                return v;
            }
        }
        let v = (self.calc)(arg);
        self.values.push((arg, v));
        v
    }
}

fn main() {
    let mut calls = 0;
    let slow_square = |x: u64| {
        let mut r = 0;
        for _ in 0..x {
            r += x;
        }
        r
    };
    let mut c = Cacher::new(slow_square);
    for x in [3, 4, 3, 3, 10, 4] {
        calls += 1;
        println!("square({}) = {}", x, c.value(x));
    }
    println!("{} calls, {} cache hits, {} stored", calls, c.hits, c.values.len());
    let mut fib = Cacher::new(|n| {
        let (mut a, mut b) = (0u64, 1u64);
        for _ in 0..n {
            let t = a + b;
            a = b;
            b = t;
        }
        a
    });
    println!("fib(50) = {}", fib.value(50));
    println!("fib(50) = {} again", fib.value(50));
}
