// Dropping a Box<dyn Trait> runs the concrete type's Drop.
trait Shape {
    fn area(&self) -> f64;
}

struct Square(f64);
struct Circle(f64);

impl Shape for Square {
    fn area(&self) -> f64 { self.0 * self.0 }
}
impl Shape for Circle {
    fn area(&self) -> f64 { 3.0 * self.0 * self.0 }
}

impl Drop for Square {
    fn drop(&mut self) { println!("drop square {}", self.0); }
}
impl Drop for Circle {
    fn drop(&mut self) { println!("drop circle {}", self.0); }
}

fn main() {
    let shapes: Vec<Box<dyn Shape>> = vec![
        Box::new(Square(2.0)),
        Box::new(Circle(1.0)),
        Box::new(Square(3.0)),
    ];
    let total: f64 = shapes.iter().map(|s| s.area()).sum();
    println!("total area {}", total);
    let single: Box<dyn Shape> = Box::new(Circle(5.0));
    println!("single area {}", single.area());
}
