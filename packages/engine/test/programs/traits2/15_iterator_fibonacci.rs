// Implementing Iterator for our own struct unlocks all the adapters.
struct Fib {
    a: u64,
    b: u64,
}

impl Fib {
    fn new() -> Fib {
        Fib { a: 0, b: 1 }
    }
}

impl Iterator for Fib {
    type Item = u64;
    fn next(&mut self) -> Option<u64> {
        let out = self.a;
        self.a = self.b;
        self.b += out;
        Some(out)
    }
}

fn main() {
    let first: Vec<u64> = Fib::new().take(10).collect();
    println!("first ten: {:?}", first);
    let even_sum: u64 = Fib::new().take_while(|&x| x < 1000).filter(|x| x % 2 == 0).sum();
    println!("sum of even terms below 1000: {}", even_sum);
    let big = Fib::new().skip_while(|&x| x < 500).next();
    println!("first term >= 500: {:?}", big);
    for (i, f) in Fib::new().enumerate().skip(20).step_by(5).take(3) {
        println!("fib({}) = {}", i, f);
    }
}
