// Calling a generic function with a type that lacks the required trait.
trait Shape {
    fn area(&self) -> f64;
}

struct Square(f64);
struct Line(f64);

impl Shape for Square {
    fn area(&self) -> f64 {
        self.0 * self.0
    }
}

fn print_area<T: Shape>(s: &T) {
    println!("area {:.2}", s.area());
}

fn main() {
    let sq = Square(2.0);
    let ln = Line(5.0);
    print_area(&sq);
    println!("line length {}", ln.0);
    print_area(&ln);
}
