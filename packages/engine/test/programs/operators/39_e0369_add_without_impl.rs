// Quiz: why does this not compile?
#[derive(Debug, Clone, Copy)]
struct Point {
    x: i32,
    y: i32,
}

impl Point {
    fn new(x: i32, y: i32) -> Self {
        Point { x, y }
    }
}

fn main() {
    let start = Point::new(2, 3);
    let offset = Point::new(10, -1);

    // Derive gives Debug/Clone/Copy, but nothing gives us `+`.
    let end = start + offset;
    println!("{:?} moved by {:?} is {:?}", start, offset, end);
}
