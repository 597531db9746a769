#[derive(Debug, Clone, Copy, PartialEq)]
struct Point {
    x: i32,
    y: i32,
}

fn quadrant(p: Point) -> &'static str {
    match p {
        Point { x: 0, y: 0 } => "origin",
        Point { x: 0, .. } => "on y axis",
        Point { y: 0, .. } => "on x axis",
        Point { x, y } if x > 0 && y > 0 => "I",
        Point { x, y } if x < 0 && y > 0 => "II",
        Point { x, y } if x < 0 && y < 0 => "III",
        _ => "IV",
    }
}

fn main() {
    let pts = [
        Point { x: 0, y: 0 },
        Point { x: 0, y: 5 },
        Point { x: -2, y: 0 },
        Point { x: 3, y: 4 },
        Point { x: -3, y: 4 },
        Point { x: -1, y: -1 },
        Point { x: 2, y: -7 },
    ];
    for p in pts.iter() {
        println!("{:?} -> {}", p, quadrant(*p));
    }
    let pairs = [(1, "one"), (2, "two"), (3, "three"), (4, "four")];
    for &(n, name) in pairs.iter() {
        let kind = match (n % 2, name.len()) {
            (0, 3) => "even, short",
            (0, _) => "even",
            (_, len) if len > 3 => "odd, long",
            _ => "odd",
        };
        println!("{} {} {}", n, name, kind);
    }
    let Point { x: px, y: py } = pts[3];
    println!("destructured {} {}", px, py);
    let arr = [10, 20, 30, 40, 50];
    match arr {
        [first, .., last] => println!("first {} last {}", first, last),
    }
    if let [a, b, rest @ ..] = &arr[..] {
        println!("{} {} then {:?}", a, b, rest);
    }
    let v = vec![1, 2];
    match v.as_slice() {
        [] => println!("empty"),
        [one] => println!("one {}", one),
        [x, y] => println!("two {} {}", x, y),
        [x, ..] => println!("many, starting {}", x),
    }
}
