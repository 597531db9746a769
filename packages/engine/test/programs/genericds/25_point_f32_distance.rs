// A method that only exists for one concrete type argument.
#[derive(Debug, Clone, Copy)]
struct Point<T> {
    x: T,
    y: T,
}

impl<T: Copy> Point<T> {
    fn new(x: T, y: T) -> Self {
        Point { x, y }
    }
    fn x(&self) -> T {
        self.x
    }
}

impl Point<f32> {
    fn distance_from_origin(&self) -> f32 {
        (self.x.powi(2) + self.y.powi(2)).sqrt()
    }
}

fn main() {
    let p = Point::new(3.0_f32, 4.0);
    println!("p.x = {}", p.x());
    println!("distance = {}", p.distance_from_origin());

    let q = Point::new(7, -2);
    println!("q.x = {}", q.x());
    println!("q = {:?}", q);
}
