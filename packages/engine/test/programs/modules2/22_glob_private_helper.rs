// A glob import brings in only the public items.
mod shapes {
    pub struct Circle {
        pub r: f64,
    }

    fn squared(x: f64) -> f64 {
        x * x
    }

    pub fn area(c: &Circle) -> f64 {
        3.14 * squared(c.r)
    }
}

use shapes::*;

fn main() {
    let c = Circle { r: 2.0 };
    println!("area = {:.2}", area(&c));
    println!("r squared = {}", squared(c.r));
}
