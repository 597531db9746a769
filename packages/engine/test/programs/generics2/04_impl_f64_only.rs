// A method that exists only on Point<f64>, next to the generic ones.
struct Point<T> {
    x: T,
    y: T,
}

impl<T> Point<T> {
    fn new(x: T, y: T) -> Self {
        Point { x, y }
    }
}

impl Point<f64> {
    fn distance_from_origin(&self) -> f64 {
        (self.x.powi(2) + self.y.powi(2)).sqrt()
    }

    fn distance_to(&self, other: &Point<f64>) -> f64 {
        let dx = self.x - other.x;
        let dy = self.y - other.y;
        (dx * dx + dy * dy).sqrt()
    }
}

impl Point<i32> {
    fn manhattan(&self) -> i32 {
        self.x.abs() + self.y.abs()
    }
}

fn main() {
    let p = Point::new(3.0, 4.0);
    let q = Point::new(6.0, 8.0);
    println!("distance from origin: {}", p.distance_from_origin());
    println!("distance p -> q: {}", p.distance_to(&q));

    let grid = Point::new(-2, 7);
    println!("manhattan: {}", grid.manhattan());
}
