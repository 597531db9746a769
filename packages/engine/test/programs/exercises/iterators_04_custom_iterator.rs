struct Fibonacci {
    a: u64,
    b: u64,
}

impl Iterator for Fibonacci {
    type Item = u64;
    fn next(&mut self) -> Option<u64> {
        let r = self.a;
        self.a = self.b;
        self.b += r;
        Some(r)
    }
}

struct Countdown {
    n: u32,
}

impl Iterator for Countdown {
    type Item = u32;
    fn next(&mut self) -> Option<Self::Item> {
        if self.n == 0 {
            None
        } else {
            self.n -= 1;
            Some(self.n + 1)
        }
    }
}

fn fib() -> Fibonacci {
    Fibonacci { a: 0, b: 1 }
}

fn main() {
    let first: Vec<u64> = fib().take(12).collect();
    println!("{:?}", first);
    let even_sum: u64 = fib().take_while(|&x| x < 4_000_000).filter(|x| x % 2 == 0).sum();
    println!("sum of even fibs < 4M: {}", even_sum);
    let big = fib().find(|&x| x > 1000).unwrap();
    println!("first fib > 1000: {}", big);
    let idx = fib().position(|x| x > 100).unwrap();
    println!("index {}", idx);
    for n in (Countdown { n: 3 }) {
        print!("{}... ", n);
    }
    println!("liftoff");
    let c = Countdown { n: 5 };
    let v: Vec<String> = c.map(|x| x.to_string()).collect();
    println!("{}", v.join(","));
    let total: u32 = Countdown { n: 4 }.zip(Countdown { n: 10 }).map(|(a, b)| a * b).sum();
    println!("zip product sum {}", total);
    let mut cd = Countdown { n: 2 };
    println!("{:?} {:?} {:?} {:?}", cd.next(), cd.next(), cd.next(), cd.next());
}
