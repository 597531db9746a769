trait Shape {
    fn area(&self) -> f64;
    fn name(&self) -> String;
}

struct Circle { r: f64 }
struct Rect { w: f64, h: f64 }
struct Square { s: f64 }

impl Shape for Circle {
    fn area(&self) -> f64 { std::f64::consts::PI * self.r * self.r }
    fn name(&self) -> String { format!("Circle(r={})", self.r) }
}
impl Shape for Rect {
    fn area(&self) -> f64 { self.w * self.h }
    fn name(&self) -> String { format!("Rect({}x{})", self.w, self.h) }
}
impl Shape for Square {
    fn area(&self) -> f64 { self.s * self.s }
    fn name(&self) -> String { format!("Square({})", self.s) }
}

fn main() {
    let mut shapes: Vec<Box<dyn Shape>> = Vec::new();
    shapes.push(Box::new(Rect { w: 4.0, h: 2.5 }));
    shapes.push(Box::new(Circle { r: 1.0 }));
    shapes.push(Box::new(Square { s: 3.0 }));
    shapes.push(Box::new(Circle { r: 2.0 }));

    shapes.sort_by(|a, b| a.area().partial_cmp(&b.area()).unwrap());
    for s in &shapes {
        println!("{:<14} {:>8.3}", s.name(), s.area());
    }

    let big: Vec<String> = shapes.iter().filter(|s| s.area() > 9.0).map(|s| s.name()).collect();
    println!("bigger than 9: {:?}", big);
    let total: f64 = shapes.iter().map(|s| s.area()).sum();
    println!("total: {:.2}", total);
}
