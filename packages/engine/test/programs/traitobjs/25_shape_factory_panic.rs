trait Shape {
    fn area(&self) -> f64;
    fn describe(&self) -> String;
}

struct Circle(f64);
struct Square(f64);

impl Shape for Circle {
    fn area(&self) -> f64 { 3.0 * self.0 * self.0 }
    fn describe(&self) -> String { format!("circle of radius {}", self.0) }
}

impl Shape for Square {
    fn area(&self) -> f64 { self.0 * self.0 }
    fn describe(&self) -> String { format!("square of side {}", self.0) }
}

fn make_shape(kind: &str, size: f64) -> Box<dyn Shape> {
    match kind {
        "circle" => Box::new(Circle(size)),
        "square" => Box::new(Square(size)),
        other => panic!("unknown shape kind: {}", other),
    }
}

fn main() {
    let specs = [("circle", 2.0), ("square", 3.0), ("hexagon", 1.0), ("square", 1.0)];
    for (kind, size) in specs {
        let s = make_shape(kind, size);
        println!("{} has area {}", s.describe(), s.area());
    }
}
