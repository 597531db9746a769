// A Vec of boxed shapes: each element is a fat pointer (data + vtable).
trait Shape {
    fn area(&self) -> f64;
    fn name(&self) -> String;
}

struct Circle { r: f64 }
struct Square { side: f64 }

impl Shape for Circle {
    fn area(&self) -> f64 { 3.14 * self.r * self.r }
    fn name(&self) -> String { String::from("circle") }
}

impl Shape for Square {
    fn area(&self) -> f64 { self.side * self.side }
    fn name(&self) -> String { String::from("square") }
}

fn main() {
    let shapes: Vec<Box<dyn Shape>> = vec![
        Box::new(Circle { r: 1.0 }),
        Box::new(Square { side: 2.0 }),
        Box::new(Circle { r: 2.0 }),
    ];
    let mut total = 0.0;
    for s in &shapes {
        println!("{} has area {:.2}", s.name(), s.area());
        total += s.area();
    }
    println!("total area = {:.2}", total);
}
