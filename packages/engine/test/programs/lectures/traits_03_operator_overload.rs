// Operator overloading with std::ops.
use std::ops::{Add, AddAssign, Mul, Neg, Sub};

#[derive(Debug, Clone, Copy, PartialEq)]
struct Vec2 {
    x: f64,
    y: f64,
}

impl Add for Vec2 {
    type Output = Vec2;
    fn add(self, o: Vec2) -> Vec2 {
        Vec2 { x: self.x + o.x, y: self.y + o.y }
    }
}

impl Sub for Vec2 {
    type Output = Vec2;
    fn sub(self, o: Vec2) -> Vec2 {
        Vec2 { x: self.x - o.x, y: self.y - o.y }
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

impl AddAssign for Vec2 {
    fn add_assign(&mut self, o: Vec2) {
        self.x += o.x;
        self.y += o.y;
    }
}

impl Vec2 {
    fn dot(self, o: Vec2) -> f64 {
        self.x * o.x + self.y * o.y
    }
}

fn main() {
    let a = Vec2 { x: 1.0, y: 2.0 };
    let b = Vec2 { x: 3.5, y: -1.0 };
    println!("a + b = {:?}", a + b);
    println!("a - b = {:?}", a - b);
    println!("a * 3 = {:?}", a * 3.0);
    println!("-b = {:?}", -b);
    println!("a . b = {}", a.dot(b));

    let mut pos = Vec2 { x: 0.0, y: 0.0 };
    let vel = Vec2 { x: 0.5, y: 0.25 };
    for step in 1..=4 {
        pos += vel;
        println!("step {}: {:?}", step, pos);
    }
    println!("back at a? {}", pos == a);
    println!("pos * 2 == a? {}", pos * 2.0 == Vec2 { x: 4.0, y: 2.0 });
}
