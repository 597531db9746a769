trait Shape { type Out; fn area(&self) -> Self::Out; fn first(&self) -> Option<&Self::Out>; }
struct Sq(f64);
impl Shape for Sq { type Out = f64; fn area(&self) -> f32 { 1.0 } fn first(&self) -> Option<&f64> { Some(&self.0) } }
fn main() { println!("{}", Sq(2.0).area()); }
