// From impls that turn standard types into our own.
#[derive(Debug, PartialEq)]
struct Point {
    x: f64,
    y: f64,
}

impl From<(f64, f64)> for Point {
    fn from((x, y): (f64, f64)) -> Self {
        Point { x, y }
    }
}

impl From<[f64; 2]> for Point {
    fn from(arr: [f64; 2]) -> Self {
        Point { x: arr[0], y: arr[1] }
    }
}

#[derive(Debug)]
struct Polyline {
    points: Vec<Point>,
}

impl From<Vec<(f64, f64)>> for Polyline {
    fn from(raw: Vec<(f64, f64)>) -> Self {
        Polyline { points: raw.into_iter().map(Point::from).collect() }
    }
}

impl Polyline {
    fn length(&self) -> f64 {
        self.points
            .windows(2)
            .map(|w| ((w[1].x - w[0].x).powi(2) + (w[1].y - w[0].y).powi(2)).sqrt())
            .sum()
    }
}

fn main() {
    let a = Point::from((1.0, 2.0));
    let b: Point = [1.0, 2.0].into();
    println!("{:?} == {:?}: {}", a, b, a == b);

    let path: Polyline = vec![(0.0, 0.0), (3.0, 4.0), (3.0, 10.0)].into();
    println!("{} points, length {}", path.points.len(), path.length());

    // From<Point> for String is not there, but we can still build strings from our data.
    let labels: Vec<String> = path.points.iter().map(|p| format!("({}, {})", p.x, p.y)).collect();
    println!("{}", labels.join(" -> "));
}
