mod shapes {
    #[derive(Debug)]
    pub enum Shape {
        Circle { r: f64 },
        Rect(f64, f64),
        Dot,
    }
    impl Shape {
        pub fn area(&self) -> f64 {
            match self {
                Shape::Circle { r } => 3.14 * r * r,
                Shape::Rect(w, h) => w * h,
                Shape::Dot => 0.0,
            }
        }
    }
}
use shapes::Shape::{self, Circle, Rect};
fn describe(s: &Shape) -> String {
    match s {
        Circle { r } => format!("circle {}", r),
        Rect(w, h) => format!("rect {}x{}", w, h),
        shapes::Shape::Dot => String::from("dot"),
    }
}
fn main() {
    let all = vec![Circle { r: 1.0 }, Rect(2.0, 3.0), Shape::Dot];
    for s in &all {
        println!("{} -> {:.2} {:?}", describe(s), s.area(), s);
    }
}
