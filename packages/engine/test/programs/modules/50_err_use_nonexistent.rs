// expected: E0432 unresolved import `shapes::Triangle`
mod shapes {
    pub struct Square(pub f64);
    pub struct Circle(pub f64);

    pub fn area_square(s: &Square) -> f64 {
        s.0 * s.0
    }
}

use shapes::{Circle, Square, Triangle};

fn main() {
    let s = Square(3.0);
    let _c = Circle(1.0);
    println!("square area: {}", shapes::area_square(&s));
}
