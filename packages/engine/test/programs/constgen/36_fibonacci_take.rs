// An endless Fibonacci iterator; the caller decides when to stop.
struct Fib {
    a: u64,
    b: u64,
}

fn fib() -> Fib {
    Fib { a: 0, b: 1 }
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
    let first: Vec<u64> = fib().take(10).collect();
    println!("first ten: {:?}", first);

    let even_sum: u64 = fib().take_while(|&x| x < 1000).filter(|x| x % 2 == 0).sum();
    println!("sum of even terms below 1000: {}", even_sum);

    let first_big = fib().position(|x| x > 10_000);
    println!("first index above 10000: {:?}", first_big);

    for (i, f) in fib().enumerate().skip(20).step_by(5).take(3) {
        println!("fib({}) = {}", i, f);
    }
}
