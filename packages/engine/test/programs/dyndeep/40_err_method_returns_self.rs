// Quiz: why can't this trait be used as `dyn Shape`?
trait Shape {
    fn area(&self) -> f64;
    fn scaled(&self, k: f64) -> Self;
}

struct Circle { r: f64 }

impl Shape for Circle {
    fn area(&self) -> f64 { 3.14 * self.r * self.r }
    fn scaled(&self, k: f64) -> Self { Circle { r: self.r * k } }
}

fn main() {
    let shapes: Vec<Box<dyn Shape>> = vec![Box::new(Circle { r: 1.0 })];
    for s in &shapes {
        println!("{:.2}", s.area());
    }
}
