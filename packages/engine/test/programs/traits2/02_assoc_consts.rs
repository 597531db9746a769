// Associated constants: every shape knows how many sides it has.
trait Polygon {
    const SIDES: u32;
    const NAME: &'static str;
    fn side_length(&self) -> f64;

    fn perimeter(&self) -> f64 {
        Self::SIDES as f64 * self.side_length()
    }
}

struct Triangle(f64);
struct Square(f64);

impl Polygon for Triangle {
    const SIDES: u32 = 3;
    const NAME: &'static str = "triangle";
    fn side_length(&self) -> f64 {
        self.0
    }
}

impl Polygon for Square {
    const SIDES: u32 = 4;
    const NAME: &'static str = "square";
    fn side_length(&self) -> f64 {
        self.0
    }
}

fn describe<P: Polygon>(p: &P) {
    println!("{} with {} sides, perimeter {:.1}", P::NAME, P::SIDES, p.perimeter());
}

fn main() {
    describe(&Triangle(2.0));
    describe(&Square(1.5));
    println!("total sides: {}", Triangle::SIDES + Square::SIDES);
}
