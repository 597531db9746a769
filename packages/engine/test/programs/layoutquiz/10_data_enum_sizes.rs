use std::mem::size_of;

#[allow(dead_code)]
enum Shape {
    Circle(f64),
    Rect(f64, f64),
    Dot,
}

#[allow(dead_code)]
enum Message {
    Quit,
    Move { x: i32, y: i32 },
    Write(String),
    Color(u8, u8, u8),
}

fn area(s: &Shape) -> f64 {
    match s {
        Shape::Circle(r) => 3.0 * r * r,
        Shape::Rect(w, h) => w * h,
        Shape::Dot => 0.0,
    }
}

fn main() {
    let shapes = vec![Shape::Circle(1.0), Shape::Rect(2.0, 5.0), Shape::Dot];
    for s in &shapes {
        println!("area {}", area(s));
    }
    // An enum is as big as its largest variant plus room for the tag
    println!("Shape   = {} bytes", size_of::<Shape>());
    println!("Message = {} bytes", size_of::<Message>());
    println!("Vec<Shape> heap bytes for 3 items = {}", shapes.len() * size_of::<Shape>());
}
