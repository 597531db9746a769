// Custom iterator with default Iterator methods: take, take_while, fold, step_by, last
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
        let r = self.a;
        self.a = self.b;
        self.b += r;
        Some(r)
    }
}

struct Countdown(u32);

impl Iterator for Countdown {
    type Item = u32;
    fn next(&mut self) -> Option<u32> {
        if self.0 == 0 {
            None
        } else {
            self.0 -= 1;
            Some(self.0 + 1)
        }
    }
}

fn main() {
    let first: Vec<u64> = fib().take(10).collect();
    println!("{:?}", first);
    let small: Vec<u64> = fib().take_while(|&x| x < 50).filter(|x| x % 2 == 1).collect();
    println!("{:?}", small);
    let s = fib().take(20).fold(0, |acc, x| acc + x);
    println!("sum of 20 = {}", s);
    let stepped: Vec<u64> = fib().step_by(3).take(5).collect();
    println!("{:?}", stepped);
    println!("{:?}", Countdown(4).collect::<Vec<_>>());
    println!("last = {:?}", Countdown(6).last());
    println!("any > 5: {}, all > 0: {}", Countdown(5).any(|x| x > 5), Countdown(5).all(|x| x > 0));
    let joined: Vec<String> = Countdown(3).chain(Countdown(2)).map(|x| x.to_string()).collect();
    println!("{}", joined.join(","));
    let found = fib().position(|x| x > 1000);
    println!("first fib > 1000 at index {:?}", found);
    let mut it = Countdown(3).peekable();
    while let Some(x) = it.next() {
        if let Some(nx) = it.peek() {
            println!("{} then {}", x, nx);
        } else {
            println!("{} is last", x);
        }
    }
}
