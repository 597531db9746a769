// Quiz: unary minus needs the Neg trait.
#[derive(Debug, Clone, Copy)]
struct Vec2 {
    x: f64,
    y: f64,
}

fn length(v: Vec2) -> f64 {
    (v.x * v.x + v.y * v.y).sqrt()
}

fn main() {
    let velocity = Vec2 { x: 3.0, y: 4.0 };
    println!("speed {}", length(velocity));
    let reversed = -velocity;
    println!("{:?}", reversed);
}
