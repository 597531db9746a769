// assert_eq! on structs with a custom message.
#[derive(Debug, PartialEq)]
struct Point {
    x: i32,
    y: i32,
}

fn move_right(p: Point, dx: i32) -> Point {
    Point { x: p.x + dx, y: p.y + 1 }
}

fn main() {
    let start = Point { x: 0, y: 0 };
    let moved = move_right(start, 3);
    println!("moved to {:?}", moved);
    assert_eq!(moved, Point { x: 3, y: 0 }, "moving right must keep y at {}", 0);
    println!("unreachable line");
}
