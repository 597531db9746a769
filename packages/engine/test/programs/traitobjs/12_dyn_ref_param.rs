trait Shape {
    fn area(&self) -> f64;
    fn name(&self) -> &str;
}

struct Square(f64);
struct Circle(f64);

impl Shape for Square {
    fn area(&self) -> f64 { self.0 * self.0 }
    fn name(&self) -> &str { "square" }
}

impl Shape for Circle {
    fn area(&self) -> f64 { 3.14159 * self.0 * self.0 }
    fn name(&self) -> &str { "circle" }
}

fn print_area(s: &dyn Shape) {
    println!("The {} has area {:.3}", s.name(), s.area());
}

fn bigger<'a>(a: &'a dyn Shape, b: &'a dyn Shape) -> &'a dyn Shape {
    if a.area() >= b.area() { a } else { b }
}

fn main() {
    let sq = Square(2.0);
    let c = Circle(1.2);
    print_area(&sq);
    print_area(&c);

    let winner = bigger(&sq, &c);
    println!("bigger one: {}", winner.name());

    let refs: Vec<&dyn Shape> = vec![&sq, &c, &sq];
    let total: f64 = refs.iter().map(|s| s.area()).sum();
    println!("total area of {} refs: {:.3}", refs.len(), total);
}
