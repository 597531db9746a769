mod geometry {
    pub struct Circle {
        radius: f64,
    }

    impl Circle {
        pub fn new(radius: f64) -> Circle {
            Circle { radius }
        }

        pub fn area(&self) -> f64 {
            std::f64::consts::PI * self.radius * self.radius
        }
    }
}

use geometry::Circle;

fn main() {
    let c = Circle::new(2.0);
    println!("area = {:.2}", c.area());
    println!("radius = {}", c.radius);
}
