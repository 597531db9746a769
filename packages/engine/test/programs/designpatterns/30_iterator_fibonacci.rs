// A struct that implements Iterator.
struct Fib {
    a: u64,
    b: u64,
}

impl Iterator for Fib {
    type Item = u64;
    fn next(&mut self) -> Option<u64> {
        let r = self.a;
        self.a = self.b;
        self.b += r;
        Some(r)
    }
}

fn fib() -> Fib {
    Fib { a: 0, b: 1 }
}

fn main() {
    let first: Vec<u64> = fib().take(10).collect();
    println!("{:?}", first);
    let even_sum: u64 = fib().take_while(|&x| x < 1000).filter(|x| x % 2 == 0).sum();
    println!("even sum below 1000: {}", even_sum);
    let mut it = fib().skip(20);
    println!("21st: {:?}", it.next());
}
