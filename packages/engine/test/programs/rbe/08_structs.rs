// Custom types: classic, tuple and unit structs; struct update syntax; destructuring.
#[derive(Debug)]
struct Person {
    name: String,
    age: u8,
}

struct Unit;

struct Pair(i32, f32);

#[derive(Debug, Clone, Copy)]
struct Point {
    x: f32,
    y: f32,
}

#[derive(Debug)]
struct Rectangle {
    top_left: Point,
    bottom_right: Point,
}

fn rect_area(r: &Rectangle) -> f32 {
    let Rectangle { top_left: Point { x: x1, y: y1 }, bottom_right: Point { x: x2, y: y2 } } = r;
    ((x2 - x1) * (y1 - y2)).abs()
}

fn square(p: Point, side: f32) -> Rectangle {
    Rectangle { top_left: p, bottom_right: Point { x: p.x + side, y: p.y - side } }
}

fn main() {
    let name = String::from("Peter");
    let age = 27;
    let peter = Person { name, age };
    println!("{:?}", peter);

    let point = Point { x: 10.3, y: 0.4 };
    let another = Point { x: 5.2, ..point };
    println!("point coordinates: ({}, {})", point.x, point.y);
    println!("second point: ({}, {})", another.x, another.y);

    let Point { x: left_edge, y: top_edge } = point;
    let rect = Rectangle {
        top_left: Point { x: left_edge, y: top_edge },
        bottom_right: Point { x: 12.3, y: -2.6 },
    };
    println!("{:?}", rect);
    println!("area = {:.2}", rect_area(&rect));
    println!("square area = {}", rect_area(&square(Point { x: 1.0, y: 1.0 }, 3.0)));

    let _unit = Unit;
    let pair = Pair(1, 0.1);
    println!("pair contains {:?} and {:?}", pair.0, pair.1);
    let Pair(integer, decimal) = pair;
    println!("pair contains {:?} and {:?}", integer, decimal);
}
