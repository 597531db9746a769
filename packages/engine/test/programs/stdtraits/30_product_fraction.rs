use std::fmt;
use std::iter::Product;
use std::ops::Mul;

#[derive(Clone, Copy, Debug, PartialEq)]
struct Ratio {
    n: u64,
    d: u64,
}

fn gcd(a: u64, b: u64) -> u64 {
    let (mut a, mut b) = (a, b);
    while b != 0 {
        let t = b;
        b = a % b;
        a = t;
    }
    a
}

impl Ratio {
    fn new(n: u64, d: u64) -> Ratio {
        let g = gcd(n, d).max(1);
        Ratio { n: n / g, d: d / g }
    }
}

impl Mul for Ratio {
    type Output = Ratio;
    fn mul(self, o: Ratio) -> Ratio {
        Ratio::new(self.n * o.n, self.d * o.d)
    }
}

impl Product for Ratio {
    fn product<I: Iterator<Item = Ratio>>(iter: I) -> Ratio {
        iter.fold(Ratio::new(1, 1), |a, b| a * b)
    }
}

impl fmt::Display for Ratio {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{}/{}", self.n, self.d)
    }
}

fn main() {
    // (1/2)(2/3)(3/4)...(9/10) telescopes to 1/10
    let telescoping: Ratio = (1..10).map(|k| Ratio::new(k, k + 1)).product();
    println!("telescoping product = {}", telescoping);

    // probability that 4 people all have different birthdays (out of 365)
    let p: Ratio = (0..4).map(|i| Ratio::new(365 - i, 365)).product();
    println!("all different: {} ~ {:.4}", p, p.n as f64 / p.d as f64);

    let none: Ratio = Vec::<Ratio>::new().into_iter().product();
    println!("empty product = {}", none);

    let fact: u64 = (1..=10u64).product();
    println!("10! = {}", fact);
}
