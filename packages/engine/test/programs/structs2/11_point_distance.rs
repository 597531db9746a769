#[derive(Debug, Clone, Copy)]
struct Point {
    x: f64,
    y: f64,
}

impl Point {
    fn origin() -> Point {
        Point { x: 0.0, y: 0.0 }
    }

    fn new(x: f64, y: f64) -> Point {
        Point { x, y }
    }

    fn distance(&self, other: &Point) -> f64 {
        let dx = self.x - other.x;
        let dy = self.y - other.y;
        (dx * dx + dy * dy).sqrt()
    }

    fn translate(&mut self, dx: f64, dy: f64) {
        self.x += dx;
        self.y += dy;
    }
}

fn main() {
    let o = Point::origin();
    let mut p = Point::new(3.0, 4.0);
    println!("distance from origin: {}", p.distance(&o));
    p.translate(-3.0, 1.0);
    println!("moved to {:?}", p);
    println!("distance now: {:.3}", p.distance(&o));
}
