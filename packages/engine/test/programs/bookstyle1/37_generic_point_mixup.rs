// Generic structs, methods on a concrete type, and mixing type parameters.
#[derive(Debug)]
struct Point<X, Y> {
    x: X,
    y: Y,
}

impl<X, Y> Point<X, Y> {
    fn x(&self) -> &X {
        &self.x
    }

    fn mixup<X2, Y2>(self, other: Point<X2, Y2>) -> Point<X, Y2> {
        Point { x: self.x, y: other.y }
    }
}

impl Point<f64, f64> {
    fn distance_from_origin(&self) -> f64 {
        (self.x.powi(2) + self.y.powi(2)).sqrt()
    }
}

fn main() {
    let p = Point { x: 3.0, y: 4.0 };
    println!("p.x = {}, distance = {}", p.x(), p.distance_from_origin());

    let labelled = Point { x: 5, y: "five" };
    let other = Point { x: 'c', y: [1, 2] };
    let mixed = labelled.mixup(other);
    println!("{:?}", mixed);

    let wrapped: Option<Point<i32, i32>> = Some(Point { x: -1, y: 1 });
    if let Some(pt) = wrapped {
        println!("wrapped x = {}", pt.x());
    }
}
