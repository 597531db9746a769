use std::ops::{Add, Mul, Neg, Sub};

#[derive(Debug, Clone, Copy, PartialEq)]
struct Vec2 {
    x: f64,
    y: f64,
}

impl Add for Vec2 {
    type Output = Vec2;
    fn add(self, other: Vec2) -> Vec2 {
        Vec2 { x: self.x + other.x, y: self.y + other.y }
    }
}

impl Sub for Vec2 {
    type Output = Vec2;
    fn sub(self, other: Vec2) -> Vec2 {
        Vec2 { x: self.x - other.x, y: self.y - other.y }
    }
}

impl Mul<f64> for Vec2 {
    type Output = Vec2;
    fn mul(self, k: f64) -> Vec2 {
        Vec2 { x: self.x * k, y: self.y * k }
    }
}

impl Neg for Vec2 {
    type Output = Vec2;
    fn neg(self) -> Vec2 {
        Vec2 { x: -self.x, y: -self.y }
    }
}

impl Vec2 {
    fn dot(self, other: Vec2) -> f64 {
        self.x * other.x + self.y * other.y
    }
}

fn main() {
    let a = Vec2 { x: 1.0, y: 2.0 };
    let b = Vec2 { x: 0.5, y: -1.5 };
    println!("a + b = {:?}", a + b);
    println!("a - b = {:?}", a - b);
    println!("a * 3 = {:?}", a * 3.0);
    println!("-b    = {:?}", -b);
    println!("a . b = {}", a.dot(b));
    let c = a + b * 2.0 - -a;
    println!("c     = {:?}", c);
    println!("equal? {}", a + b == b + a);
}
