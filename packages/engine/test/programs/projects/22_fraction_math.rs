// Exact rational arithmetic. Constructing a fraction with a zero denominator panics.
use std::fmt;
use std::ops::{Add, Div, Mul, Sub};

fn gcd(a: i64, b: i64) -> i64 {
    if b == 0 { a.abs() } else { gcd(b, a % b) }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Fraction {
    num: i64,
    den: i64,
}

impl Fraction {
    fn new(num: i64, den: i64) -> Fraction {
        if den == 0 {
            panic!("denominator must not be zero ({}/{})", num, den);
        }
        let g = gcd(num, den);
        let sign = if den < 0 { -1 } else { 1 };
        Fraction { num: sign * num / g, den: sign * den / g }
    }

    fn whole(n: i64) -> Fraction {
        Fraction::new(n, 1)
    }

    fn recip(self) -> Fraction {
        Fraction::new(self.den, self.num)
    }

    fn to_f64(self) -> f64 {
        self.num as f64 / self.den as f64
    }
}

impl fmt::Display for Fraction {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        if self.den == 1 {
            write!(f, "{}", self.num)
        } else {
            write!(f, "{}/{}", self.num, self.den)
        }
    }
}

impl Add for Fraction {
    type Output = Fraction;
    fn add(self, o: Fraction) -> Fraction {
        Fraction::new(self.num * o.den + o.num * self.den, self.den * o.den)
    }
}

impl Sub for Fraction {
    type Output = Fraction;
    fn sub(self, o: Fraction) -> Fraction {
        Fraction::new(self.num * o.den - o.num * self.den, self.den * o.den)
    }
}

impl Mul for Fraction {
    type Output = Fraction;
    fn mul(self, o: Fraction) -> Fraction {
        Fraction::new(self.num * o.num, self.den * o.den)
    }
}

impl Div for Fraction {
    type Output = Fraction;
    fn div(self, o: Fraction) -> Fraction {
        self * o.recip()
    }
}

fn harmonic(n: i64) -> Fraction {
    (1..=n).map(|k| Fraction::new(1, k)).fold(Fraction::whole(0), |acc, x| acc + x)
}

fn main() {
    let half = Fraction::new(1, 2);
    let third = Fraction::new(1, 3);
    println!("{} + {} = {}", half, third, half + third);
    println!("{} - {} = {}", half, third, half - third);
    println!("{} * {} = {}", half, third, half * third);
    println!("{} / {} = {}", half, third, half / third);
    println!("6/-8 normalises to {}", Fraction::new(6, -8));
    for n in 1..=6 {
        let h = harmonic(n);
        println!("H({}) = {} ~ {:.4}", n, h, h.to_f64());
    }

    // Egyptian fraction 4/13 = 1/4 + 1/18 + 1/468 (greedy)
    let mut rest = Fraction::new(4, 13);
    let mut parts = Vec::new();
    while rest.num != 0 {
        let d = (rest.den + rest.num - 1) / rest.num;
        parts.push(format!("1/{}", d));
        rest = rest - Fraction::new(1, d);
    }
    println!("4/13 = {}", parts.join(" + "));

    let zero = half - half;
    println!("half - half = {}", zero);
    println!("now dividing by it...");
    let boom = third / zero;
    println!("unreachable: {}", boom);
}
