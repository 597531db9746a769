use std::f64::consts::PI;
use std::fmt;

trait Shape {
    fn name(&self) -> String;
    fn area(&self) -> f64;
    fn perimeter(&self) -> f64;

    fn describe(&self) -> String {
        format!("{} with area {:.2} and perimeter {:.2}", self.name(), self.area(), self.perimeter())
    }
}

struct Circle {
    radius: f64,
}

struct Rectangle {
    width: f64,
    height: f64,
}

struct Triangle {
    a: f64,
    b: f64,
    c: f64,
}

impl Shape for Circle {
    fn name(&self) -> String {
        format!("Circle(r={})", self.radius)
    }
    fn area(&self) -> f64 {
        PI * self.radius * self.radius
    }
    fn perimeter(&self) -> f64 {
        2.0 * PI * self.radius
    }
}

impl Shape for Rectangle {
    fn name(&self) -> String {
        if self.width == self.height {
            format!("Square({})", self.width)
        } else {
            format!("Rectangle({}x{})", self.width, self.height)
        }
    }
    fn area(&self) -> f64 {
        self.width * self.height
    }
    fn perimeter(&self) -> f64 {
        2.0 * (self.width + self.height)
    }
}

impl Triangle {
    fn new(a: f64, b: f64, c: f64) -> Option<Triangle> {
        if a + b > c && a + c > b && b + c > a {
            Some(Triangle { a, b, c })
        } else {
            None
        }
    }
}

impl Shape for Triangle {
    fn name(&self) -> String {
        format!("Triangle({}, {}, {})", self.a, self.b, self.c)
    }
    fn area(&self) -> f64 {
        // Heron's formula
        let s = self.perimeter() / 2.0;
        (s * (s - self.a) * (s - self.b) * (s - self.c)).sqrt()
    }
    fn perimeter(&self) -> f64 {
        self.a + self.b + self.c
    }
}

struct Canvas {
    shapes: Vec<Box<dyn Shape>>,
}

impl fmt::Display for Canvas {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        writeln!(f, "Canvas with {} shapes:", self.shapes.len())?;
        for s in &self.shapes {
            writeln!(f, "  - {}", s.describe())?;
        }
        Ok(())
    }
}

fn largest(shapes: &[Box<dyn Shape>]) -> Option<&dyn Shape> {
    let mut best: Option<&dyn Shape> = None;
    for s in shapes {
        match best {
            Some(b) if b.area() >= s.area() => {}
            _ => best = Some(s.as_ref()),
        }
    }
    best
}

fn main() {
    let mut canvas = Canvas { shapes: Vec::new() };
    canvas.shapes.push(Box::new(Circle { radius: 1.5 }));
    canvas.shapes.push(Box::new(Rectangle { width: 3.0, height: 4.0 }));
    canvas.shapes.push(Box::new(Rectangle { width: 2.5, height: 2.5 }));
    for (a, b, c) in [(3.0, 4.0, 5.0), (1.0, 2.0, 10.0), (6.0, 6.0, 6.0)] {
        match Triangle::new(a, b, c) {
            Some(t) => canvas.shapes.push(Box::new(t)),
            None => println!("skipping impossible triangle {} {} {}", a, b, c),
        }
    }
    print!("{}", canvas);

    let total: f64 = canvas.shapes.iter().map(|s| s.area()).sum();
    println!("total area: {:.3}", total);
    if let Some(big) = largest(&canvas.shapes) {
        println!("largest: {}", big.name());
    }

    canvas.shapes.sort_by(|x, y| x.perimeter().partial_cmp(&y.perimeter()).unwrap());
    let order: Vec<String> = canvas.shapes.iter().map(|s| s.name()).collect();
    println!("by perimeter: {}", order.join(" < "));
}
