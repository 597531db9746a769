trait Shape {
    fn area(&self) -> f64;
}

struct Circle { r: f64 }
struct Square { side: f64 }

impl Shape for Circle {
    fn area(&self) -> f64 { 3.0 * self.r * self.r }
}
impl Shape for Square {
    fn area(&self) -> f64 { self.side * self.side }
}

// A scene owns its shapes directly.
struct Scene {
    shapes: Vec<dyn Shape>,
}

fn main() {
    let c = Circle { r: 1.0 };
    let s = Square { side: 2.0 };
    println!("{}", c.area() + s.area());
    println!("{}", std::mem::size_of::<Scene>());
}
