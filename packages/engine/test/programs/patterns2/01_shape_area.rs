// Nested enums: a shape can carry named fields or tuple fields holding other structs.
#[derive(Debug, Clone, Copy)]
struct Point {
    x: f64,
    y: f64,
}

#[derive(Debug)]
enum Shape {
    Circle { center: Point, r: f64 },
    Rect(Point, Point),
    Triangle(Point, Point, Point),
}

impl Shape {
    fn area(&self) -> f64 {
        match self {
            Shape::Circle { r, .. } => std::f64::consts::PI * r * r,
            Shape::Rect(a, b) => ((b.x - a.x) * (b.y - a.y)).abs(),
            Shape::Triangle(a, b, c) => {
                ((a.x * (b.y - c.y) + b.x * (c.y - a.y) + c.x * (a.y - b.y)) / 2.0).abs()
            }
        }
    }

    fn name(&self) -> &'static str {
        match self {
            Shape::Circle { .. } => "circle",
            Shape::Rect(..) => "rectangle",
            Shape::Triangle(..) => "triangle",
        }
    }
}

fn main() {
    let origin = Point { x: 0.0, y: 0.0 };
    let shapes = vec![
        Shape::Circle { center: origin, r: 2.0 },
        Shape::Rect(Point { x: 1.0, y: 1.0 }, Point { x: 4.0, y: 3.0 }),
        Shape::Triangle(origin, Point { x: 4.0, y: 0.0 }, Point { x: 0.0, y: 3.0 }),
    ];
    let mut total = 0.0;
    for s in &shapes {
        let a = s.area();
        total += a;
        println!("{:>9}: {:.3}", s.name(), a);
    }
    println!("total area = {:.2}", total);
    if let Shape::Circle { center, .. } = &shapes[0] {
        println!("first circle centered at ({}, {})", center.x, center.y);
    }
}
