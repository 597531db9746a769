// todo! compiles as any type and panics when reached.
enum Shape {
    Circle(f64),
    Square(f64),
    Triangle(f64, f64, f64),
}

fn area(s: &Shape) -> f64 {
    match s {
        Shape::Circle(r) => 3.0 * r * r,
        Shape::Square(a) => a * a,
        Shape::Triangle(..) => todo!(),
    }
}

fn main() {
    let shapes = vec![Shape::Circle(1.0), Shape::Square(2.0), Shape::Triangle(3.0, 4.0, 5.0)];
    for s in &shapes {
        println!("area = {}", area(s));
    }
}
