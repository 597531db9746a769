mod shapes {
    pub struct Circle { pub r: f64 }
}
use shapes::Square;
fn main() {
    let c = shapes::Circle { r: 1.0 };
    println!("{}", c.r);
}
