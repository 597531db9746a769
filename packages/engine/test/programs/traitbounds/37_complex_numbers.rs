use std::fmt;
use std::ops::{Add, Mul, Neg, Sub};

#[derive(Clone, Copy, PartialEq, Debug)]
struct Complex {
    re: f64,
    im: f64,
}

impl Complex {
    fn new(re: f64, im: f64) -> Self { Complex { re, im } }
    fn conj(self) -> Self { Complex::new(self.re, -self.im) }
    fn norm_sq(self) -> f64 { self.re * self.re + self.im * self.im }
}

impl Add for Complex {
    type Output = Complex;
    fn add(self, o: Complex) -> Complex { Complex::new(self.re + o.re, self.im + o.im) }
}
impl Sub for Complex {
    type Output = Complex;
    fn sub(self, o: Complex) -> Complex { Complex::new(self.re - o.re, self.im - o.im) }
}
impl Mul for Complex {
    type Output = Complex;
    fn mul(self, o: Complex) -> Complex {
        Complex::new(self.re * o.re - self.im * o.im, self.re * o.im + self.im * o.re)
    }
}
impl Neg for Complex {
    type Output = Complex;
    fn neg(self) -> Complex { Complex::new(-self.re, -self.im) }
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
    let z = Complex::new(1.0, 2.0);
    let w = Complex::new(3.0, -1.0);
    println!("z = {}, w = {}", z, w);
    println!("z + w = {}", z + w);
    println!("z - w = {}", z - w);
    println!("z * w = {}", z * w);
    println!("-z = {}", -z);
    println!("z * conj(z) = {} (|z|^2 = {})", z * z.conj(), z.norm_sq());
    let i = Complex::new(0.0, 1.0);
    println!("i^2 = {}", i * i);
    // Mandelbrot test for c = -1 + 0i: stays bounded
    let c = Complex::new(-1.0, 0.0);
    let mut x = Complex::new(0.0, 0.0);
    for _ in 0..6 {
        x = x * x + c;
    }
    println!("after 6 steps: {}", x);
}
