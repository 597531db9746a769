// Quiz: a point in 2D.
#[derive(Debug, Clone, Copy)]
struct Point {
    x: i32,
    y: i32,
}

fn shift(p: Point, dx: i32) -> Point {
    Point { x: p.x + dx, y: p.y }
}

fn main() {
    let origin = Point { x: 0, y: 0 };
    // The struct has no third coordinate.
    let corner = Point { x: 3, y: 4, z: 5 };
    let moved = shift(origin, 2);
    println!("{:?} {:?}", moved, corner);
}
