// expected: cannot find type `Point` in the child module (E0412 in older rustc; 1.95 reports E0425)
#[derive(Debug, Clone, Copy)]
struct Point {
    x: f64,
    y: f64,
}

mod distance {
    pub fn euclid(a: Point, b: Point) -> f64 {
        ((a.x - b.x).powi(2) + (a.y - b.y).powi(2)).sqrt()
    }
}

fn main() {
    let p = Point { x: 0.0, y: 0.0 };
    let q = Point { x: 3.0, y: 4.0 };
    println!("{:?} -> {:?}: {}", p, q, distance::euclid(p, q));
}
