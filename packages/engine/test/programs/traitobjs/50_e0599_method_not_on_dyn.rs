trait Shape {
    fn area(&self) -> f64;
    fn name(&self) -> String;
}

struct Circle { radius: f64 }
struct Square { side: f64 }

impl Circle {
    fn radius(&self) -> f64 { self.radius }
}

impl Shape for Circle {
    fn area(&self) -> f64 { 3.14159 * self.radius * self.radius }
    fn name(&self) -> String { "circle".to_string() }
}

impl Shape for Square {
    fn area(&self) -> f64 { self.side * self.side }
    fn name(&self) -> String { "square".to_string() }
}

fn main() {
    let c = Circle { radius: 2.0 };
    println!("direct radius: {}", c.radius());
    let shapes: Vec<Box<dyn Shape>> = vec![Box::new(c), Box::new(Square { side: 3.0 })];
    for s in &shapes {
        println!("{} with area {:.2}", s.name(), s.area());
    }
    println!("first radius: {}", shapes[0].radius());
}
