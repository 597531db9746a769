use std::fmt;
use std::ops::{Add, Mul, Neg};

#[derive(Debug, Clone, Copy, PartialEq)]
struct Complex {
    re: f64,
    im: f64,
}

impl Add for Complex {
    type Output = Complex;
    fn add(self, o: Complex) -> Complex {
        Complex { re: self.re + o.re, im: self.im + o.im }
    }
}

// (a + bi)(c + di) = (ac - bd) + (ad + bc)i
impl Mul for Complex {
    type Output = Complex;
    fn mul(self, o: Complex) -> Complex {
        Complex {
            re: self.re * o.re - self.im * o.im,
            im: self.re * o.im + self.im * o.re,
        }
    }
}

impl Neg for Complex {
    type Output = Complex;
    fn neg(self) -> Complex {
        Complex { re: -self.re, im: -self.im }
    }
}

impl fmt::Display for Complex {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.im >= 0.0 {
            write!(f, "{}+{}i", self.re, self.im)
        } else {
            write!(f, "{}{}i", self.re, self.im)
        }
    }
}

fn main() {
    let i = Complex { re: 0.0, im: 1.0 };
    let z = Complex { re: 3.0, im: 4.0 };

    println!("i * i = {}", i * i);
    println!("z * i = {}", z * i);
    println!("-z = {}", -z);
    println!("z + (-z) = {}", z + -z);

    // Repeated multiplication: i^4 should be 1.
    let mut p = Complex { re: 1.0, im: 0.0 };
    for k in 1..=4 {
        p = p * i;
        println!("i^{} = {}", k, p);
    }
}
