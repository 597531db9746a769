mod physics {
    pub struct Vec2 {
        pub x: f64,
        pub y: f64,
    }

    impl Vec2 {
        pub const ZERO: Self = Self { x: 0.0, y: 0.0 };
        pub const UNIT_X: Vec2 = Vec2 { x: 1.0, y: 0.0 };

        pub fn new(x: f64, y: f64) -> Self {
            Self { x, y }
        }

        pub fn length(&self) -> f64 {
            (self.x * self.x + self.y * self.y).sqrt()
        }

        pub fn scaled(&self, k: f64) -> Self {
            Self::new(self.x * k, self.y * k)
        }
    }

    pub struct Planet;

    impl Planet {
        pub const GRAVITY: f64 = 9.81;
        pub const NAME: &'static str = "Earth";

        pub fn weight(mass_kg: f64) -> f64 {
            mass_kg * Self::GRAVITY
        }
    }
}

use physics::{Planet, Vec2};

fn main() {
    let v = Vec2::new(3.0, 4.0);
    println!("|v| = {}", v.length());
    println!("|2v| = {}", v.scaled(2.0).length());
    println!("zero = ({}, {})", Vec2::ZERO.x, Vec2::ZERO.y);
    println!("unit_x length = {}", Vec2::UNIT_X.length());
    println!("On {} g = {}", Planet::NAME, physics::Planet::GRAVITY);
    println!("70 kg weighs {:.1} N", Planet::weight(70.0));
}
