// Mul with a different right-hand side, and impl for a foreign left-hand type
use std::ops::{Mul, Neg};

#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
struct Vec2 {
    x: f64,
    y: f64,
}

impl Mul<f64> for Vec2 {
    type Output = Vec2;
    fn mul(self, k: f64) -> Vec2 {
        Vec2 { x: self.x * k, y: self.y * k }
    }
}

impl Mul<Vec2> for f64 {
    type Output = Vec2;
    fn mul(self, v: Vec2) -> Vec2 {
        v * self
    }
}

impl Mul for Vec2 {
    type Output = f64;
    fn mul(self, o: Vec2) -> f64 {
        self.x * o.x + self.y * o.y
    }
}

impl Neg for Vec2 {
    type Output = Self;
    fn neg(self) -> Self {
        self * -1.0
    }
}

fn main() {
    let v = Vec2 { x: 1.5, y: -2.0 };
    println!("{:?}", v * 2.0);
    println!("{:?}", 3.0 * v);
    println!("{}", v * v);
    println!("{:?}", -v);
    println!("{}", v < Vec2 { x: 1.5, y: 0.0 });
    println!("{:?}", v.partial_cmp(&Vec2 { x: f64::NAN, y: 0.0 }));
    let w = Vec2 { x: 0.0, y: 1.0 };
    println!("{}", (2.0 * w) * (v * 0.5));
}
