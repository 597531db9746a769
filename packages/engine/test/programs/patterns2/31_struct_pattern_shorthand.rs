#[derive(Debug, Clone, Copy)]
struct Point {
    x: i32,
    y: i32,
}

#[derive(Debug)]
struct Segment {
    from: Point,
    to: Point,
}

fn where_is(p: Point) -> String {
    match p {
        Point { x: 0, y: 0 } => "at the origin".to_string(),
        Point { x, y: 0 } => format!("on the x axis at {}", x),
        Point { x: 0, y } => format!("on the y axis at {}", y),
        Point { x: px, y: py } if px == py => format!("on the diagonal at {}", px),
        Point { x, .. } => format!("somewhere with x = {}", x),
    }
}

fn orientation(s: &Segment) -> &'static str {
    match s {
        Segment { from: Point { x: x1, .. }, to: Point { x: x2, .. } } if x1 == x2 => "vertical",
        Segment { from: Point { y: y1, .. }, to: Point { y: y2, .. } } if y1 == y2 => "horizontal",
        _ => "diagonal-ish",
    }
}

fn manhattan(Point { x: x1, y: y1 }: Point, Point { x: x2, y: y2 }: Point) -> i32 {
    (x1 - x2).abs() + (y1 - y2).abs()
}

fn main() {
    for p in [Point { x: 0, y: 0 }, Point { x: 5, y: 0 }, Point { x: 0, y: -2 }, Point { x: 3, y: 3 }, Point { x: 7, y: 1 }] {
        println!("{:?} is {}", p, where_is(p));
    }
    let segs = [
        Segment { from: Point { x: 1, y: 1 }, to: Point { x: 1, y: 9 } },
        Segment { from: Point { x: 0, y: 4 }, to: Point { x: 6, y: 4 } },
        Segment { from: Point { x: 0, y: 0 }, to: Point { x: 2, y: 5 } },
    ];
    for s in &segs {
        println!("{:?} -> {} (length {})", s, orientation(s), manhattan(s.from, s.to));
    }
    let Segment { from, to: Point { y: end_y, .. } } = &segs[2];
    println!("from {:?}, end y {}", from, end_y);
}
