use std::collections::BTreeMap;

trait Shape {
    fn kind(&self) -> &'static str;
    fn area(&self) -> f64;
}

struct Circle(f64);
struct Square(f64);
struct Rect(f64, f64);

impl Shape for Circle {
    fn kind(&self) -> &'static str { "circle" }
    fn area(&self) -> f64 { 3.14159 * self.0 * self.0 }
}
impl Shape for Square {
    fn kind(&self) -> &'static str { "square" }
    fn area(&self) -> f64 { self.0 * self.0 }
}
impl Shape for Rect {
    fn kind(&self) -> &'static str { "rect" }
    fn area(&self) -> f64 { self.0 * self.1 }
}

fn main() {
    let shapes: Vec<Box<dyn Shape>> = vec![
        Box::new(Square(2.0)),
        Box::new(Circle(1.0)),
        Box::new(Rect(2.0, 5.0)),
        Box::new(Square(3.0)),
        Box::new(Circle(0.5)),
        Box::new(Square(1.0)),
    ];

    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    let mut areas: BTreeMap<&str, f64> = BTreeMap::new();
    for s in &shapes {
        *counts.entry(s.kind()).or_insert(0) += 1;
        *areas.entry(s.kind()).or_insert(0.0) += s.area();
    }

    for (kind, n) in &counts {
        println!("{:<7} x{} total area {:.3}", kind, n, areas[kind]);
    }
}
