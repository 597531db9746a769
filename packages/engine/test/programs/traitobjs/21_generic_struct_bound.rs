trait Shape {
    fn area(&self) -> f64;
    fn label(&self) -> String;
}

#[derive(Clone)]
struct Rect { w: f64, h: f64 }

impl Shape for Rect {
    fn area(&self) -> f64 { self.w * self.h }
    fn label(&self) -> String { format!("Rect({}x{})", self.w, self.h) }
}

struct Gallery<T: Shape> {
    items: Vec<T>,
}

impl<T: Shape> Gallery<T> {
    fn new() -> Self {
        Gallery { items: Vec::new() }
    }
    fn add(&mut self, s: T) -> &mut Self {
        self.items.push(s);
        self
    }
    fn total_area(&self) -> f64 {
        self.items.iter().map(|s| s.area()).sum()
    }
    fn largest(&self) -> Option<&T> {
        let mut best: Option<&T> = None;
        for s in &self.items {
            match best {
                Some(b) if b.area() >= s.area() => {}
                _ => best = Some(s),
            }
        }
        best
    }
}

fn main() {
    let mut g = Gallery::new();
    g.add(Rect { w: 2.0, h: 3.0 }).add(Rect { w: 5.0, h: 1.5 }).add(Rect { w: 1.0, h: 1.0 });
    println!("total = {}", g.total_area());
    if let Some(r) = g.largest() {
        println!("largest = {}", r.label());
    }
}
