trait Shape {
    fn area(&self) -> f64;
}

struct Square { side: f64 }

impl Shape for Square {
    fn area(&self) -> f64 { self.side * self.side }
}

fn main() {
    let boxed: Box<dyn Shape> = Box::new(Square { side: 2.0 });
    // A trait object has no known size, so it cannot live directly in a local.
    let s: dyn Shape = *boxed;
    println!("{}", s.area());
}
