use std::ops::Mul;

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

// Vec2 * Vec2 is the dot product.
impl Mul for Vec2 {
    type Output = f64;
    fn mul(self, o: Vec2) -> f64 {
        self.x * o.x + self.y * o.y
    }
}

fn main() {
    let velocity = Vec2 { x: 1.5, y: -0.5 };
    let half = velocity * 0.5;
    println!("half speed: {:?}, speed^2 = {}", half, velocity * velocity);

    // Only Mul<f64> and Mul<Vec2> exist; an integer is not silently turned into a float.
    let steps: i32 = 3;
    let moved = velocity * steps;
    println!("after {} steps: {:?}", steps, moved);
}
