mod shapes {
    pub struct Rectangle {
        pub width: f64,
        pub height: f64,
    }

    pub struct Circle {
        pub radius: f64,
    }

    pub fn rect_area(r: &Rectangle) -> f64 {
        r.width * r.height
    }

    pub fn circle_area(c: &Circle) -> f64 {
        std::f64::consts::PI * c.radius * c.radius
    }
}

// Glob import: brings every public item of `shapes` into scope.
use shapes::*;

fn main() {
    let r = Rectangle { width: 3.0, height: 4.5 };
    let c = Circle { radius: 2.0 };
    println!("rectangle area = {:.2}", rect_area(&r));
    println!("circle area    = {:.2}", circle_area(&c));
    println!("sum            = {:.2}", rect_area(&r) + circle_area(&c));
}
