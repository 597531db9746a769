trait Shape {
    fn area(&self) -> f64;
    fn name(&self) -> &str;
}

struct Square(f64);
struct Triangle { base: f64, height: f64 }
struct Circle { r: f64 }

impl Shape for Square {
    fn area(&self) -> f64 { self.0 * self.0 }
    fn name(&self) -> &str { "square" }
}
impl Shape for Triangle {
    fn area(&self) -> f64 { 0.5 * self.base * self.height }
    fn name(&self) -> &str { "triangle" }
}
impl Shape for Circle {
    fn area(&self) -> f64 { std::f64::consts::PI * self.r * self.r }
    fn name(&self) -> &str { "circle" }
}

fn largest(shapes: &[Box<dyn Shape>]) -> &dyn Shape {
    let mut best = &shapes[0];
    for s in shapes {
        if s.area() > best.area() {
            best = s;
        }
    }
    best.as_ref()
}

fn main() {
    let shapes: Vec<Box<dyn Shape>> = vec![
        Box::new(Square(2.0)),
        Box::new(Triangle { base: 3.0, height: 5.0 }),
        Box::new(Circle { r: 1.5 }),
    ];
    let mut total = 0.0;
    for s in shapes.iter() {
        println!("{:9} {:6.2}", s.name(), s.area());
        total += s.area();
    }
    println!("total     {:6.2}", total);
    let big = largest(&shapes);
    println!("largest is the {}", big.name());
}
