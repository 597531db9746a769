#[derive(Debug, Clone, Copy)]
struct Point<T> {
    x: T,
    y: T,
}

impl<T> Point<T> {
    fn x(&self) -> &T {
        &self.x
    }
}

impl<T: Copy> Point<T> {
    fn swap(self) -> Point<T> {
        Point { x: self.y, y: self.x }
    }
}

// only for f64 points
impl Point<f64> {
    fn distance_from_origin(&self) -> f64 {
        (self.x.powi(2) + self.y.powi(2)).sqrt()
    }
}

// only for i32 points
impl Point<i32> {
    fn manhattan(&self) -> i32 {
        self.x.abs() + self.y.abs()
    }
}

fn main() {
    let p = Point { x: 5, y: -10 };
    let q = Point { x: 3.0, y: 4.0 };
    println!("p.x = {}", p.x());
    println!("p swapped = {:?}", p.swap());
    println!("manhattan(p) = {}", p.manhattan());
    println!("|q| = {}", q.distance_from_origin());
    let w = Point { x: 'a', y: 'z' }.swap();
    println!("{:?}", w);
}
