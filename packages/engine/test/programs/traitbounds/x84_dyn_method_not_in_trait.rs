trait Shape { fn area(&self) -> f64; }
struct C;
impl Shape for C { fn area(&self) -> f64 { 1.0 } }
fn main() {
    let b: Box<dyn Shape> = Box::new(C);
    b.perimeter();
    let v: Vec<Box<dyn Shape>> = vec![Box::new(C)];
    for s in &v { s.radius(); }
}
