// Week project: shapes with both static dispatch (generics) and dynamic dispatch (dyn).
use std::fmt;

trait Shape: fmt::Debug {
    const SIDES: u32;
    fn area(&self) -> f64;
    fn bounding(&self) -> (f64, f64);
    fn fill_ratio(&self) -> f64 {
        let (w, h) = self.bounding();
        self.area() / (w * h)
    }
}

// A second trait without associated constants, so it can be used as `dyn`.
trait Drawable {
    fn label(&self) -> String;
    fn area(&self) -> f64;
}

#[derive(Debug, Clone, Copy)]
struct Square(f64);

#[derive(Debug, Clone, Copy)]
struct Ellipse {
    rx: f64,
    ry: f64,
}

#[derive(Debug, Clone, Copy)]
struct RightTriangle {
    base: f64,
    height: f64,
}

impl Shape for Square {
    const SIDES: u32 = 4;
    fn area(&self) -> f64 {
        self.0 * self.0
    }
    fn bounding(&self) -> (f64, f64) {
        (self.0, self.0)
    }
}

impl Shape for Ellipse {
    const SIDES: u32 = 0;
    fn area(&self) -> f64 {
        std::f64::consts::PI * self.rx * self.ry
    }
    fn bounding(&self) -> (f64, f64) {
        (2.0 * self.rx, 2.0 * self.ry)
    }
}

impl Shape for RightTriangle {
    const SIDES: u32 = 3;
    fn area(&self) -> f64 {
        self.base * self.height / 2.0
    }
    fn bounding(&self) -> (f64, f64) {
        (self.base, self.height)
    }
}

// Every Shape is Drawable through this blanket impl.
impl<S: Shape> Drawable for S {
    fn label(&self) -> String {
        format!("{:?} with {} sides", self, S::SIDES)
    }
    fn area(&self) -> f64 {
        Shape::area(self)
    }
}

fn total<S: Shape>(items: &[S]) -> f64 {
    items.iter().map(|s| s.area()).sum()
}

fn report(item: &impl Shape) -> String {
    format!("area {:.2}, fills {:.0}% of its box", item.area(), item.fill_ratio() * 100.0)
}

fn main() {
    let squares = [Square(1.0), Square(2.0), Square(3.5)];
    println!("total square area: {:.2}", total(&squares));
    println!("one ellipse: {}", report(&Ellipse { rx: 2.0, ry: 1.0 }));
    println!("one triangle: {}", report(&RightTriangle { base: 4.0, height: 3.0 }));

    let mut drawables: Vec<Box<dyn Drawable>> = vec![
        Box::new(Ellipse { rx: 1.0, ry: 1.0 }),
        Box::new(Square(1.5)),
        Box::new(RightTriangle { base: 6.0, height: 1.0 }),
        Box::new(Square(0.5)),
    ];
    drawables.sort_by(|a, b| a.area().partial_cmp(&b.area()).unwrap());
    for d in &drawables {
        println!("{:>6.3}  {}", d.area(), d.label());
    }

    let (small, large): (Vec<&Box<dyn Drawable>>, Vec<&Box<dyn Drawable>>) =
        drawables.iter().partition(|d| d.area() < 2.5);
    println!("small: {}, large: {}", small.len(), large.len());
    println!("sides: square {}, triangle {}, ellipse {}", Square::SIDES, RightTriangle::SIDES, Ellipse::SIDES);
}
