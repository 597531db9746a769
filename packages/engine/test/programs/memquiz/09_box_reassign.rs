struct Shape {
    kind: &'static str,
}

impl Drop for Shape {
    fn drop(&mut self) {
        println!("freeing {}", self.kind);
    }
}

fn main() {
    let mut current: Box<Shape> = Box::new(Shape { kind: "circle" });
    println!("current = {}", current.kind);
    current = Box::new(Shape { kind: "square" });
    println!("current = {}", current.kind);
    current = Box::new(Shape { kind: "triangle" });
    println!("current = {}", current.kind);
}
