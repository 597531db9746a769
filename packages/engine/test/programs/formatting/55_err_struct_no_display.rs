#[derive(Debug)]
struct Point {
    x: i32,
    y: i32,
}

fn main() {
    let p = Point { x: 3, y: 4 };
    println!("debug: {:?}", p);
    let dist = ((p.x * p.x + p.y * p.y) as f64).sqrt();
    println!("distance {}", dist);
    println!("point is {}", p);
}
