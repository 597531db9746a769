// Week project: a drawing canvas of shapes. The report prints a shape with {} but Shape has no Display.
#[derive(Debug, Clone, PartialEq)]
enum Shape {
    Circle { r: f64 },
    Rect { w: f64, h: f64 },
    Polygon { sides: u32, side_len: f64 },
}

impl Shape {
    fn area(&self) -> f64 {
        match self {
            Shape::Circle { r } => std::f64::consts::PI * r * r,
            Shape::Rect { w, h } => w * h,
            Shape::Polygon { sides, side_len } => {
                let n = *sides as f64;
                n * side_len * side_len / (4.0 * (std::f64::consts::PI / n).tan())
            }
        }
    }

    fn kind(&self) -> &'static str {
        match self {
            Shape::Circle { .. } => "circle",
            Shape::Rect { w, h } if w == h => "square",
            Shape::Rect { .. } => "rectangle",
            Shape::Polygon { .. } => "polygon",
        }
    }
}

struct Placed {
    shape: Shape,
    x: i32,
    y: i32,
    layer: u8,
}

struct Canvas {
    items: Vec<Placed>,
}

impl Canvas {
    fn add(&mut self, shape: Shape, x: i32, y: i32, layer: u8) -> &mut Self {
        self.items.push(Placed { shape, x, y, layer });
        self
    }

    fn covered_area(&self) -> f64 {
        self.items.iter().map(|p| p.shape.area()).sum()
    }

    fn on_layer(&self, layer: u8) -> impl Iterator<Item = &Placed> + '_ {
        self.items.iter().filter(move |p| p.layer == layer)
    }

    fn largest(&self) -> Option<&Placed> {
        self.items
            .iter()
            .max_by(|a, b| a.shape.area().total_cmp(&b.shape.area()))
    }
}

fn main() {
    let mut canvas = Canvas { items: Vec::new() };
    canvas
        .add(Shape::Circle { r: 2.0 }, 0, 0, 1)
        .add(Shape::Rect { w: 3.0, h: 3.0 }, 5, 1, 0)
        .add(Shape::Rect { w: 4.0, h: 1.5 }, -2, 7, 1)
        .add(Shape::Polygon { sides: 6, side_len: 1.0 }, 3, 3, 2);

    for layer in 0..3 {
        let names: Vec<&str> = canvas.on_layer(layer).map(|p| p.shape.kind()).collect();
        println!("layer {}: {:?}", layer, names);
    }
    println!("covered area: {:.2}", canvas.covered_area());

    if let Some(big) = canvas.largest() {
        println!("largest is {} at ({}, {})", big.shape, big.x, big.y);
    }

    let mut by_area: Vec<(f64, &str)> = canvas.items.iter().map(|p| (p.shape.area(), p.shape.kind())).collect();
    by_area.sort_by(|a, b| a.0.total_cmp(&b.0));
    for (area, kind) in &by_area {
        println!("{:>8.3} {}", area, kind);
    }
    let squares = canvas.items.iter().filter(|p| p.shape.kind() == "square").count();
    println!("{} square(s)", squares);
}
