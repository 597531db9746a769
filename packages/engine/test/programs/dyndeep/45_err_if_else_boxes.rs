trait Shape {
    fn sides(&self) -> u32;
}

struct Triangle;
struct Square;

impl Shape for Triangle {
    fn sides(&self) -> u32 { 3 }
}
impl Shape for Square {
    fn sides(&self) -> u32 { 4 }
}

fn main() {
    let want_square = true;
    // No type annotation: the branches have different Box types.
    let shape = if want_square {
        Box::new(Square)
    } else {
        Box::new(Triangle)
    };
    println!("{} sides", shape.sides());
}
