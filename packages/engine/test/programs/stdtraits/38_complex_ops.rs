use std::fmt;
use std::ops::{Add, Mul, Neg, Sub};

#[derive(Clone, Copy, PartialEq, Debug)]
struct Complex {
    re: f64,
    im: f64,
}

impl Complex {
    fn new(re: f64, im: f64) -> Self {
        Complex { re, im }
    }
    fn conj(self) -> Self {
        Complex::new(self.re, -self.im)
    }
    fn norm_sqr(self) -> f64 {
        self.re * self.re + self.im * self.im
    }
}

impl Add for Complex {
    type Output = Self;
    fn add(self, o: Self) -> Self {
        Complex::new(self.re + o.re, self.im + o.im)
    }
}

impl Sub for Complex {
    type Output = Self;
    fn sub(self, o: Self) -> Self {
        Complex::new(self.re - o.re, self.im - o.im)
    }
}

impl Mul for Complex {
    type Output = Self;
    fn mul(self, o: Self) -> Self {
        Complex::new(self.re * o.re - self.im * o.im, self.re * o.im + self.im * o.re)
    }
}

impl Neg for Complex {
    type Output = Self;
    fn neg(self) -> Self {
        Complex::new(-self.re, -self.im)
    }
}

impl fmt::Display for Complex {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        if self.im >= 0.0 {
            write!(f, "{}+{}i", self.re, self.im)
        } else {
            write!(f, "{}-{}i", self.re, -self.im)
        }
    }
}

fn main() {
    let i = Complex::new(0.0, 1.0);
    let z = Complex::new(3.0, 4.0);
    println!("i*i = {}", i * i);
    println!("z = {}, conj = {}, -z = {}", z, z.conj(), -z);
    println!("z*conj(z) = {}", z * z.conj());
    println!("|z| = {}", z.norm_sqr().sqrt());
    println!("(1+2i) - (3-1i) = {}", Complex::new(1.0, 2.0) - Complex::new(3.0, -1.0));

    // iterate z -> z^2 + c for a point in the Mandelbrot set
    let c = Complex::new(-0.5, 0.5);
    let mut w = Complex::new(0.0, 0.0);
    for step in 1..=5 {
        w = w * w + c;
        println!("step {}: {:.4} {:.4}", step, w.re, w.im);
    }
}
