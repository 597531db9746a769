// Quiz: calling an associated function on a type that was never declared.
#[derive(Debug)]
enum Shape {
    Circle(f64),
    Square(f64),
}

fn area(s: &Shape) -> f64 {
    match s {
        Shape::Circle(r) => 3.14 * r * r,
        Shape::Square(side) => side * side,
    }
}

fn main() {
    let shapes = vec![Shape::Circle(1.0), Shape::Square(2.0)];
    for s in &shapes {
        println!("{:?} -> {:.2}", s, area(s));
    }
    // `Shapes` (with an s) does not exist.
    let t = Shapes::Square(3.0);
    println!("{:?}", t);
}
