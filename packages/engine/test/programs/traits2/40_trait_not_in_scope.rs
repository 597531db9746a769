// The trait lives in a module and is not imported.
mod geometry {
    pub trait Area {
        fn area(&self) -> f64;
    }

    pub struct Circle {
        pub r: f64,
    }

    impl Area for Circle {
        fn area(&self) -> f64 {
            3.0 * self.r * self.r
        }
    }
}

use geometry::Circle;

fn main() {
    let c = Circle { r: 2.0 };
    println!("area = {}", c.area());
}
