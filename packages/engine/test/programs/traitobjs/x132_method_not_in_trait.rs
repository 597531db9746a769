trait Shape {
    fn area(&self) -> f64;
}

struct Circle(f64);

impl Shape for Circle {
    fn area(&self) -> f64 { 3.0 * self.0 * self.0 }
    fn diameter(&self) -> f64 { 2.0 * self.0 }
}

fn main() {
    println!("{}", Circle(1.0).area());
}
