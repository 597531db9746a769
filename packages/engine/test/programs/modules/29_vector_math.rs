mod math {
    pub mod vec2 {
        use std::ops::{Add, Mul};

        #[derive(Debug, Clone, Copy, PartialEq)]
        pub struct Vec2 {
            pub x: f64,
            pub y: f64,
        }

        impl Vec2 {
            pub const ZERO: Vec2 = Vec2 { x: 0.0, y: 0.0 };

            pub fn new(x: f64, y: f64) -> Self {
                Vec2 { x, y }
            }

            pub fn length(&self) -> f64 {
                (self.x * self.x + self.y * self.y).sqrt()
            }

            pub fn dot(&self, other: &Vec2) -> f64 {
                self.x * other.x + self.y * other.y
            }
        }

        impl Add for Vec2 {
            type Output = Vec2;
            fn add(self, o: Vec2) -> Vec2 {
                Vec2::new(self.x + o.x, self.y + o.y)
            }
        }

        impl Mul<f64> for Vec2 {
            type Output = Vec2;
            fn mul(self, k: f64) -> Vec2 {
                Vec2::new(self.x * k, self.y * k)
            }
        }
    }
}

use math::vec2::Vec2;

fn main() {
    let a = Vec2::new(3.0, 4.0);
    let b = Vec2::new(-1.0, 2.0);
    println!("a + b = {:?}", a + b);
    println!("a * 2 = {:?}", a * 2.0);
    println!("|a| = {}", a.length());
    println!("a . b = {}", a.dot(&b));
    println!("zero + a == a: {}", Vec2::ZERO + a == a);
}
