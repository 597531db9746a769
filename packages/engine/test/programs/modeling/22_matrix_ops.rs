// 2x2 integer matrices with operator overloading; fast Fibonacci by squaring.
use std::ops::{Add, Mul};

#[derive(Debug, Clone, Copy, PartialEq)]
struct M2 {
    a: u64,
    b: u64,
    c: u64,
    d: u64,
}

impl M2 {
    const IDENTITY: M2 = M2 { a: 1, b: 0, c: 0, d: 1 };

    fn pow(self, mut n: u32) -> M2 {
        let mut base = self;
        let mut acc = M2::IDENTITY;
        while n > 0 {
            if n % 2 == 1 {
                acc = acc * base;
            }
            base = base * base;
            n /= 2;
        }
        acc
    }

    fn trace(&self) -> u64 {
        self.a + self.d
    }
}

impl Mul for M2 {
    type Output = M2;
    fn mul(self, o: M2) -> M2 {
        M2 {
            a: self.a * o.a + self.b * o.c,
            b: self.a * o.b + self.b * o.d,
            c: self.c * o.a + self.d * o.c,
            d: self.c * o.b + self.d * o.d,
        }
    }
}

impl Add for M2 {
    type Output = M2;
    fn add(self, o: M2) -> M2 {
        M2 { a: self.a + o.a, b: self.b + o.b, c: self.c + o.c, d: self.d + o.d }
    }
}

fn fib(n: u32) -> u64 {
    let q = M2 { a: 1, b: 1, c: 1, d: 0 };
    q.pow(n).b
}

fn main() {
    let firsts: Vec<u64> = (0..15).map(fib).collect();
    println!("{:?}", firsts);
    println!("fib(50) = {}", fib(50));
    println!("fib(60) = {}", fib(60));

    let m = M2 { a: 2, b: 1, c: 0, d: 3 };
    let sum = m + M2::IDENTITY;
    println!("m + I = {:?}", sum);
    println!("m^3 = {:?}, trace {}", m.pow(3), m.pow(3).trace());
    assert_eq!(m.pow(0), M2::IDENTITY);
    assert_eq!(m * M2::IDENTITY, m);
    println!("identity checks passed");
}
