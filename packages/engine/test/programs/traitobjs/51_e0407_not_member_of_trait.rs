trait Shape {
    fn area(&self) -> f64;
    fn perimeter(&self) -> f64;
}

struct Circle {
    radius: f64,
}

impl Shape for Circle {
    fn area(&self) -> f64 {
        3.14159 * self.radius * self.radius
    }

    fn perimeter(&self) -> f64 {
        2.0 * 3.14159 * self.radius
    }

    fn diameter(&self) -> f64 {
        2.0 * self.radius
    }
}

fn main() {
    let c = Circle { radius: 1.5 };
    println!("area {:.2}, perimeter {:.2}", c.area(), c.perimeter());
}
