// The number of sides is a const parameter used as a plain value.
struct Polygon<const SIDES: usize> {
    lengths: [f64; SIDES],
}

trait Shape {
    fn perimeter(&self) -> f64;
    fn describe(&self) -> String;
}

impl<const SIDES: usize> Shape for Polygon<SIDES> {
    fn perimeter(&self) -> f64 {
        self.lengths.iter().sum()
    }

    fn describe(&self) -> String {
        let name = match SIDES {
            3 => "triangle",
            4 => "quadrilateral",
            5 => "pentagon",
            _ => "polygon",
        };
        format!("{} with {} sides", name, SIDES)
    }
}

fn main() {
    let tri = Polygon { lengths: [3.0, 4.0, 5.0] };
    let square = Polygon { lengths: [2.0; 4] };
    let hex = Polygon { lengths: [1.5; 6] };
    let shapes: Vec<&dyn Shape> = vec![&tri, &square, &hex];
    for s in shapes {
        println!("{}: perimeter {:.1}", s.describe(), s.perimeter());
    }
}
