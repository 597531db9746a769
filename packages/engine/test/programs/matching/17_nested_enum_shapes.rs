#[derive(Debug, Clone, Copy)]
enum Color {
    Rgb(u8, u8, u8),
    Hsv(u16, u8, u8),
    Named(&'static str),
}

#[derive(Debug)]
enum Shape {
    Circle { radius: f64, fill: Color },
    Rect { w: f64, h: f64, fill: Color },
    Line(f64),
}

fn describe(s: &Shape) -> String {
    match s {
        Shape::Circle { radius, fill: Color::Named(name) } => {
            format!("a {} circle of radius {}", name, radius)
        }
        Shape::Circle { radius, fill: Color::Rgb(r, g, b) } => {
            format!("a circle r={} colored #{:02x}{:02x}{:02x}", radius, r, g, b)
        }
        Shape::Circle { fill: Color::Hsv(h, ..), .. } => format!("an HSV circle with hue {}", h),
        Shape::Rect { w, h, fill: Color::Rgb(255, 0, 0) } => format!("a red {}x{} rectangle", w, h),
        Shape::Rect { w, h, .. } if w == h => format!("a square of side {}", w),
        Shape::Rect { w, h, fill } => format!("a {}x{} rectangle in {:?}", w, h, fill),
        Shape::Line(len) => format!("a line of length {}", len),
    }
}

fn main() {
    let shapes = vec![
        Shape::Circle { radius: 1.5, fill: Color::Named("blue") },
        Shape::Circle { radius: 2.0, fill: Color::Rgb(16, 200, 255) },
        Shape::Circle { radius: 3.0, fill: Color::Hsv(120, 50, 50) },
        Shape::Rect { w: 2.0, h: 3.0, fill: Color::Rgb(255, 0, 0) },
        Shape::Rect { w: 4.0, h: 4.0, fill: Color::Named("green") },
        Shape::Rect { w: 1.0, h: 5.0, fill: Color::Hsv(10, 1, 2) },
        Shape::Line(9.5),
    ];
    for s in &shapes {
        println!("{}", describe(s));
    }
}
