use std::mem::size_of;

#[allow(dead_code)]
enum Direction {
    North,
    East,
    South,
    West,
}

#[allow(dead_code)]
enum Shape {
    Circle(f64),
    Rect(f64, f64),
    Empty,
}

#[allow(dead_code)]
enum Message {
    Quit,
    Move { x: i32, y: i32 },
}

fn main() {
    println!("Direction: {}", size_of::<Direction>());
    println!("Shape:     {}", size_of::<Shape>());
    println!("Message:   {}", size_of::<Message>());
    println!("Option<Direction>: {}", size_of::<Option<Direction>>());
}
