#[derive(Debug, Clone, PartialEq)]
enum Shape {
    Circle { r: f64 },
    Square(f64),
    Group(Vec<Shape>),
}

impl Shape {
    fn scale(self, k: f64) -> Shape {
        match self {
            Shape::Circle { r } => Shape::Circle { r: r * k },
            Shape::Square(side) => Shape::Square(side * k),
            Shape::Group(items) => Shape::Group(items.into_iter().map(|s| s.scale(k)).collect()),
        }
    }

    fn count(&self) -> usize {
        match self {
            Shape::Group(items) => items.iter().map(Shape::count).sum(),
            _ => 1,
        }
    }

    fn flatten(self) -> Vec<Shape> {
        match self {
            Shape::Group(items) => items.into_iter().flat_map(Shape::flatten).collect(),
            leaf => vec![leaf],
        }
    }
}

fn main() {
    let scene = Shape::Group(vec![
        Shape::Circle { r: 1.0 },
        Shape::Group(vec![Shape::Square(2.0), Shape::Circle { r: 0.5 }]),
        Shape::Square(4.0),
    ]);
    println!("leaves: {}", scene.count());
    let bigger = scene.scale(3.0);
    println!("{:?}", bigger);
    let flat = bigger.flatten();
    for s in &flat {
        match s {
            Shape::Circle { r } => println!("circle r={}", r),
            Shape::Square(a) => println!("square a={}", a),
            Shape::Group(_) => unreachable!("flattened"),
        }
    }
    println!("first is circle r=3? {}", flat[0] == Shape::Circle { r: 3.0 });
}
