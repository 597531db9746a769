// Static dispatch: total_area is compiled once per shape type.
trait Shape {
    fn area(&self) -> f64;
    fn name(&self) -> String;
}

struct Square(f64);
struct Rect {
    w: f64,
    h: f64,
}

impl Shape for Square {
    fn area(&self) -> f64 {
        self.0 * self.0
    }
    fn name(&self) -> String {
        format!("square {}", self.0)
    }
}

impl Shape for Rect {
    fn area(&self) -> f64 {
        self.w * self.h
    }
    fn name(&self) -> String {
        format!("rect {}x{}", self.w, self.h)
    }
}

fn total_area<S: Shape>(shapes: &[S]) -> f64 {
    shapes.iter().map(|s| s.area()).sum()
}

fn describe(shape: &impl Shape) {
    println!("{} has area {:.1}", shape.name(), shape.area());
}

fn bigger<'a, A: Shape, B: Shape>(a: &'a A, b: &'a B) -> String {
    if a.area() >= b.area() { a.name() } else { b.name() }
}

fn main() {
    let squares = [Square(1.0), Square(2.0), Square(3.0)];
    let rects = vec![Rect { w: 2.0, h: 5.0 }, Rect { w: 0.5, h: 4.0 }];
    println!("squares total = {}", total_area(&squares));
    println!("rects total = {}", total_area(&rects));
    describe(&squares[2]);
    describe(&rects[0]);
    println!("bigger: {}", bigger(&squares[2], &rects[0]));
}
