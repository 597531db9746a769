mod geometry {
    pub trait Shape {
        fn area(&self) -> f64;
        fn name(&self) -> String { String::from("shape") }
    }
    pub mod shapes {
        use super::Shape;
        use std::fmt;
        #[derive(Debug, Clone, Copy)]
        pub struct Rect { pub w: f64, pub h: f64 }
        pub struct Circle { r: f64 }
        impl Circle {
            pub fn new(r: f64) -> Self { Circle { r } }
        }
        impl Shape for Rect {
            fn area(&self) -> f64 { self.w * self.h }
            fn name(&self) -> String { String::from("rect") }
        }
        impl Shape for Circle {
            fn area(&self) -> f64 { 3.0 * self.r * self.r }
        }
        impl fmt::Display for Circle {
            fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
                write!(f, "Circle(r={})", self.r)
            }
        }
    }
    pub fn total(items: &[Box<dyn Shape>]) -> f64 {
        items.iter().map(|s| s.area()).sum()
    }
}
use geometry::shapes::{Circle, Rect};
use geometry::Shape;
fn main() {
    let c = Circle::new(2.0);
    println!("{}", c);
    let items: Vec<Box<dyn Shape>> = vec![Box::new(Rect { w: 2.0, h: 3.0 }), Box::new(c)];
    for s in &items {
        println!("{} {}", s.name(), s.area());
    }
    println!("total {}", geometry::total(&items));
}
