trait Shape {
    fn area(&self) -> f64;
}

struct Circle {
    radius: f64,
}

impl Circle {
    fn radius(&self) -> f64 {
        self.radius
    }
}

impl Shape for Circle {
    fn area(&self) -> f64 {
        3.14159 * self.radius * self.radius
    }
}

fn main() {
    let c = Circle { radius: 2.0 };
    let shapes: Vec<&dyn Shape> = vec![&c];
    for s in &shapes {
        println!("area = {:.2}", s.area());
        println!("radius = {}", s.radius());
    }
}
