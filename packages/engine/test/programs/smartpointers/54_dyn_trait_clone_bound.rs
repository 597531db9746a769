trait Shape: Clone {
    fn area(&self) -> f64;
}

#[derive(Clone)]
struct Square(f64);

impl Shape for Square {
    fn area(&self) -> f64 {
        self.0 * self.0
    }
}

fn main() {
    let shapes: Vec<Box<dyn Shape>> = vec![Box::new(Square(2.0)), Box::new(Square(3.0))];
    for s in &shapes {
        println!("{}", s.area());
    }
}
