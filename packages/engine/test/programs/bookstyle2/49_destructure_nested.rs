// Destructuring nested structs and enums in one pattern.
#[derive(Debug)]
enum Color {
    Rgb(u8, u8, u8),
    Hsv(u16, u8, u8),
}

#[derive(Debug)]
enum Shape {
    Circle { center: Point, radius: u32 },
    Line(Point, Point),
    Fill(Color),
}

#[derive(Debug)]
struct Point {
    x: i32,
    y: i32,
}

fn describe(shape: &Shape) -> String {
    match shape {
        Shape::Circle { center: Point { x: 0, y: 0 }, radius } => {
            format!("circle at the origin, radius {}", radius)
        }
        Shape::Circle { center: Point { x, y }, radius } => {
            format!("circle at ({}, {}), radius {}", x, y, radius)
        }
        Shape::Line(Point { x: x1, y: y1 }, Point { x: x2, y: y2 }) if x1 == x2 => {
            format!("vertical line at x={} from {} to {}", x1, y1, y2)
        }
        Shape::Line(a, b) => format!("line {:?} -> {:?}", a, b),
        Shape::Fill(Color::Rgb(r, g, b)) => format!("fill rgb({}, {}, {})", r, g, b),
        Shape::Fill(Color::Hsv(h, s, v)) => format!("fill hsv({}, {}, {})", h, s, v),
    }
}

fn main() {
    let shapes = vec![
        Shape::Circle { center: Point { x: 0, y: 0 }, radius: 2 },
        Shape::Circle { center: Point { x: 4, y: -1 }, radius: 1 },
        Shape::Line(Point { x: 2, y: 0 }, Point { x: 2, y: 9 }),
        Shape::Line(Point { x: 0, y: 0 }, Point { x: 3, y: 3 }),
        Shape::Fill(Color::Rgb(255, 128, 0)),
        Shape::Fill(Color::Hsv(200, 50, 90)),
    ];
    for s in &shapes {
        println!("{}", describe(s));
    }

    let ((feet, inches), Point { x, y }) = ((5, 11), Point { x: 7, y: -8 });
    println!("{}'{}\" at ({}, {})", feet, inches, x, y);
}
