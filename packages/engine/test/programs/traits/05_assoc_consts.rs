// Associated consts in traits
trait Shape {
    const SIDES: u32;
    const NAME: &'static str;

    fn describe(&self) -> String {
        format!("a {} with {} sides", Self::NAME, Self::SIDES)
    }
}

struct Triangle;
struct Square;
struct Hexagon;

impl Shape for Triangle {
    const SIDES: u32 = 3;
    const NAME: &'static str = "triangle";
}

impl Shape for Square {
    const SIDES: u32 = 4;
    const NAME: &'static str = "square";
    fn describe(&self) -> String {
        format!("a square (always {} sides)", Self::SIDES)
    }
}

impl Shape for Hexagon {
    const SIDES: u32 = 6;
    const NAME: &'static str = "hexagon";
}

fn interior_angle_sum<S: Shape>() -> u32 {
    (S::SIDES - 2) * 180
}

struct Limits;
impl Limits {
    const MAX: i32 = 100;
}

fn main() {
    println!("{}", Triangle.describe());
    println!("{}", Square.describe());
    println!("{}", Hexagon.describe());
    println!("triangle angles: {}", interior_angle_sum::<Triangle>());
    println!("hexagon angles: {}", interior_angle_sum::<Hexagon>());
    println!("total sides: {}", Triangle::SIDES + Square::SIDES + Hexagon::SIDES);
    println!("limit: {}", Limits::MAX);
}
