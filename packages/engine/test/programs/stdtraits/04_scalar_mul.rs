use std::ops::Mul;

#[derive(Debug, Clone, Copy)]
struct Vec2 {
    x: f64,
    y: f64,
}

// Vec2 * f64
impl Mul<f64> for Vec2 {
    type Output = Vec2;
    fn mul(self, k: f64) -> Vec2 {
        Vec2 { x: self.x * k, y: self.y * k }
    }
}

// f64 * Vec2 -- the scalar on the left needs its own impl
impl Mul<Vec2> for f64 {
    type Output = Vec2;
    fn mul(self, v: Vec2) -> Vec2 {
        v * self
    }
}

// Vec2 * Vec2 = dot product, a different Output type
impl Mul for Vec2 {
    type Output = f64;
    fn mul(self, other: Vec2) -> f64 {
        self.x * other.x + self.y * other.y
    }
}

fn main() {
    let velocity = Vec2 { x: 3.0, y: -1.5 };
    let dt = 0.5;
    let step = velocity * dt;
    let doubled = 2.0 * velocity;
    println!("step    = ({:.2}, {:.2})", step.x, step.y);
    println!("doubled = ({:.2}, {:.2})", doubled.x, doubled.y);
    let dot = velocity * doubled;
    println!("dot     = {:.3}", dot);
    let len = (velocity * velocity).sqrt();
    println!("|v|     = {:.4}", len);
}
