pub mod shapes {
    pub mod traits {
        pub trait Shape {
            fn area(&self) -> f64;
            fn perimeter(&self) -> f64;
            fn name(&self) -> String {
                String::from("shape")
            }
        }
    }

    pub mod circle {
        use super::traits::Shape;
        pub struct Circle {
            pub r: f64,
        }
        impl Shape for Circle {
            fn area(&self) -> f64 {
                std::f64::consts::PI * self.r * self.r
            }
            fn perimeter(&self) -> f64 {
                2.0 * std::f64::consts::PI * self.r
            }
            fn name(&self) -> String {
                format!("circle(r={})", self.r)
            }
        }
    }

    pub mod square {
        use super::traits::Shape;
        pub struct Square(pub f64);
        impl Shape for Square {
            fn area(&self) -> f64 {
                self.0 * self.0
            }
            fn perimeter(&self) -> f64 {
                4.0 * self.0
            }
        }
    }

    pub mod prelude {
        pub use super::circle::Circle;
        pub use super::square::Square;
        pub use super::traits::Shape;
    }
}

use shapes::prelude::*;

fn describe(s: &dyn Shape) {
    println!("{:<14} area={:>7.2} perimeter={:>6.2}", s.name(), s.area(), s.perimeter());
}

fn main() {
    let c = Circle { r: 1.5 };
    let sq = Square(2.0);
    describe(&c);
    describe(&sq);
    let biggest = if c.area() > sq.area() { c.name() } else { sq.name() };
    println!("biggest: {}", biggest);
}
