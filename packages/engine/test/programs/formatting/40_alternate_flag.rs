use std::fmt;

struct Vec2 {
    x: f64,
    y: f64,
}

impl fmt::Display for Vec2 {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        if f.alternate() {
            write!(f, "Vec2 {{\n    x: {},\n    y: {}\n}}", self.x, self.y)
        } else if let Some(p) = f.precision() {
            write!(f, "({:.*}, {:.*})", p, self.x, p, self.y)
        } else {
            write!(f, "({}, {})", self.x, self.y)
        }
    }
}

fn main() {
    let v = Vec2 { x: 1.0 / 3.0, y: -2.5 };
    println!("{}", v);
    println!("{:.2}", v);
    println!("{:.0}", v);
    println!("{:#}", v);
    match f64::NAN.partial_cmp(&1.0) {
        Some(o) => println!("{:?}", o),
        None => println!("incomparable"),
    }
}
