// A trait for shapes that can be duplicated.
trait Shape {
    fn area(&self) -> f64;
    fn duplicate(&self) -> Self;
}

struct Square(f64);

impl Shape for Square {
    fn area(&self) -> f64 {
        self.0 * self.0
    }
    fn duplicate(&self) -> Self {
        Square(self.0)
    }
}

fn main() {
    let shapes: Vec<Box<dyn Shape>> = vec![Box::new(Square(2.0))];
    for s in &shapes {
        println!("{}", s.area());
    }
}
