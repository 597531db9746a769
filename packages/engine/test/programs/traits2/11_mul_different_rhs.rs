use std::ops::{Mul, Neg};

// Scaling a vector by a number: the right-hand side is a different type.
#[derive(Debug, Clone, Copy)]
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

// Dot product: Vec2 * Vec2 gives a plain number.
impl Mul<Vec2> for Vec2 {
    type Output = f64;
    fn mul(self, o: Vec2) -> f64 {
        self.x * o.x + self.y * o.y
    }
}

impl Neg for Vec2 {
    type Output = Vec2;
    fn neg(self) -> Vec2 {
        Vec2 { x: -self.x, y: -self.y }
    }
}

fn main() {
    let v = Vec2 { x: 1.5, y: -2.0 };
    let w = Vec2 { x: 4.0, y: 0.5 };
    let scaled = v * 2.0;
    let dot: f64 = v * w;
    println!("scaled = {:?}", scaled);
    println!("dot = {}", dot);
    println!("negated = {:?}", -v);
    println!("-(v*3) * w = {}", -(v * 3.0) * w);
}
