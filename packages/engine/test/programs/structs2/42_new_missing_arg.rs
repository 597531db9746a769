#[derive(Debug)]
struct Point {
    x: f64,
    y: f64,
}

impl Point {
    fn new(x: f64, y: f64) -> Self {
        Point { x, y }
    }

    fn norm(&self) -> f64 {
        (self.x * self.x + self.y * self.y).sqrt()
    }
}

fn main() {
    let p = Point::new(3.0, 4.0);
    println!("{:?} has norm {}", p, p.norm());
    let on_axis = Point::new(5.0);
    println!("{:?} has norm {}", on_axis, on_axis.norm());
}
