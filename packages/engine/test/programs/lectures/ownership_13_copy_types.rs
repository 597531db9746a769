// Types that implement Copy are duplicated instead of moved.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Point {
    x: i32,
    y: i32,
}

fn translate(p: Point, dx: i32, dy: i32) -> Point {
    Point { x: p.x + dx, y: p.y + dy }
}

#[derive(Debug, Clone)]
struct Polygon {
    points: Vec<Point>,
}

fn main() {
    let a = Point { x: 1, y: 2 };
    let b = a; // copy
    let c = translate(a, 10, 10);
    println!("a = {:?}, b = {:?}, c = {:?}", a, b, c);
    println!("a == b: {}", a == b);

    let tri = Polygon { points: vec![a, c, Point { x: 0, y: 0 }] };
    let tri2 = tri.clone(); // Polygon is Clone but not Copy
    let moved = tri;
    println!("moved has {} points, tri2 has {}", moved.points.len(), tri2.points.len());

    let arr = [a; 3];
    let arr2 = arr; // arrays of Copy are Copy
    println!("{:?} {:?}", arr[0], arr2[2]);

    let t = (1u8, 'z', true);
    let u = t;
    println!("{:?} {:?}", t, u);
}
