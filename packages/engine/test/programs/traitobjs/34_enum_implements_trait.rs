use std::fmt;

trait Area {
    fn area(&self) -> f64;
}

#[derive(Debug)]
enum Shape {
    Circle { r: f64 },
    Rect { w: f64, h: f64 },
    Tri { base: f64, height: f64 },
}

impl Area for Shape {
    fn area(&self) -> f64 {
        match self {
            Shape::Circle { r } => 3.14 * r * r,
            Shape::Rect { w, h } => w * h,
            Shape::Tri { base, height } => 0.5 * base * height,
        }
    }
}

impl fmt::Display for Shape {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            Shape::Circle { r } => write!(f, "circle r={}", r),
            Shape::Rect { w, h } => write!(f, "rect {}x{}", w, h),
            Shape::Tri { base, height } => write!(f, "triangle b={} h={}", base, height),
        }
    }
}

fn print_it<T: Area + fmt::Display>(x: &T) {
    println!("{} -> {:.2}", x, x.area());
}

fn main() {
    let shapes = vec![
        Shape::Circle { r: 2.0 },
        Shape::Rect { w: 3.0, h: 4.5 },
        Shape::Tri { base: 6.0, height: 2.0 },
    ];
    for s in &shapes {
        print_it(s);
    }
    println!("{:?}", shapes[1]);
}
