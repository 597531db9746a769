#[derive(Debug)]
enum Shape {
    Circle { r: f64 },
    Rect { w: f64, h: f64 },
    Triangle(f64, f64, f64),
    Point,
}

fn area(s: &Shape) -> f64 {
    match s {
        Shape::Circle { r } => 3.14159 * r * r,
        Shape::Rect { w, h } => w * h,
        Shape::Triangle(a, b, c) => {
            let p = (a + b + c) / 2.0;
            (p * (p - a) * (p - b) * (p - c)).sqrt()
        }
        Shape::Point => 0.0,
    }
}

fn describe(s: &Shape) -> String {
    match s {
        Shape::Circle { r } if *r > 10.0 => String::from("big circle"),
        Shape::Circle { .. } => String::from("circle"),
        Shape::Rect { w, h } if w == h => format!("square of side {}", w),
        Shape::Rect { w, .. } => format!("rectangle of width {}", w),
        Shape::Triangle(a, b, c) if a == b && b == c => String::from("equilateral triangle"),
        Shape::Triangle(..) => String::from("triangle"),
        Shape::Point => String::from("point"),
    }
}

fn main() {
    let shapes = vec![
        Shape::Circle { r: 1.0 },
        Shape::Circle { r: 12.0 },
        Shape::Rect { w: 2.0, h: 2.0 },
        Shape::Rect { w: 3.0, h: 4.0 },
        Shape::Triangle(3.0, 4.0, 5.0),
        Shape::Triangle(2.0, 2.0, 2.0),
        Shape::Point,
    ];
    let mut total = 0.0;
    for s in &shapes {
        let a = area(s);
        total += a;
        println!("{:<24} area {:>8.3}", describe(s), a);
    }
    println!("total area: {:.2}", total);
    println!("last: {:?}", shapes.last().unwrap());
}
