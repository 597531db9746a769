use std::ops::{Add, Mul};

#[derive(Debug, Clone, Copy, PartialEq)]
struct Vec3 {
    x: f32,
    y: f32,
    z: f32,
}

impl Vec3 {
    const ZERO: Vec3 = Vec3 { x: 0.0, y: 0.0, z: 0.0 };
    fn new(x: f32, y: f32, z: f32) -> Self {
        Vec3 { x, y, z }
    }
}

impl Add for Vec3 {
    type Output = Self;
    fn add(self, o: Self) -> Self {
        Vec3::new(self.x + o.x, self.y + o.y, self.z + o.z)
    }
}

// vector * scalar
impl Mul<f32> for Vec3 {
    type Output = Vec3;
    fn mul(self, k: f32) -> Vec3 {
        Vec3::new(self.x * k, self.y * k, self.z * k)
    }
}

// scalar * vector: implement Mul<Vec3> on the foreign type f32
impl Mul<Vec3> for f32 {
    type Output = Vec3;
    fn mul(self, v: Vec3) -> Vec3 {
        v * self
    }
}

// dot product: vector * vector gives f32
impl Mul for Vec3 {
    type Output = f32;
    fn mul(self, o: Vec3) -> f32 {
        self.x * o.x + self.y * o.y + self.z * o.z
    }
}

fn main() {
    let v = Vec3::new(1.0, 2.0, 3.0);
    let w = Vec3::new(-1.0, 0.5, 2.0);
    println!("{:?}", v * 2.0);
    println!("{:?}", 0.5 * w);
    println!("v.w = {}", v * w);
    let centroid = [v, w, Vec3::new(3.0, 0.0, 1.0)]
        .iter()
        .fold(Vec3::ZERO, |acc, &p| acc + p)
        * (1.0 / 3.0);
    println!("centroid = ({:.3}, {:.3}, {:.3})", centroid.x, centroid.y, centroid.z);
}
