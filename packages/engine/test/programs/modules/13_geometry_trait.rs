mod geometry {
    pub trait Shape {
        fn area(&self) -> f64;
        fn perimeter(&self) -> f64;
        fn name(&self) -> String;
    }

    pub mod shapes {
        use super::Shape;

        pub struct Square {
            pub side: f64,
        }

        pub struct Triangle {
            pub a: f64,
            pub b: f64,
            pub c: f64,
        }

        impl Shape for Square {
            fn area(&self) -> f64 {
                self.side * self.side
            }
            fn perimeter(&self) -> f64 {
                4.0 * self.side
            }
            fn name(&self) -> String {
                String::from("square")
            }
        }

        impl Shape for Triangle {
            fn area(&self) -> f64 {
                // Heron's formula
                let s = self.perimeter() / 2.0;
                (s * (s - self.a) * (s - self.b) * (s - self.c)).sqrt()
            }
            fn perimeter(&self) -> f64 {
                self.a + self.b + self.c
            }
            fn name(&self) -> String {
                String::from("triangle")
            }
        }
    }
}

use geometry::shapes::{Square, Triangle};
use geometry::Shape;

fn main() {
    let sq = Square { side: 2.5 };
    let tri = Triangle { a: 3.0, b: 4.0, c: 5.0 };
    println!("{}: area {:.2}, perimeter {:.2}", sq.name(), sq.area(), sq.perimeter());
    println!("{}: area {:.2}, perimeter {:.2}", tri.name(), tri.area(), tri.perimeter());
}
