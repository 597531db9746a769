trait Shape {
    fn area(&self) -> f64;
}

struct Circle { r: f64 }

impl Shape for Circle {
    fn area(&self) -> f64 { 3.0 * self.r * self.r }
}

fn main() {
    let s: &dyn Shape = &Circle { r: 2.0 };
    // Only `dyn Any` has downcast_ref.
    if let Some(c) = s.downcast_ref::<Circle>() {
        println!("radius {}", c.r);
    }
}
