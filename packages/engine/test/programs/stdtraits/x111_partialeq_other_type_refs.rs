struct Meters(f64);
struct Feet(f64);

impl PartialEq<Feet> for Meters {
    fn eq(&self, other: &Feet) -> bool {
        self.0 * 3.28084 == other.0
    }
}

fn main() {
    let m = Meters(1.0);
    let f = Feet(3.28084);
    println!("{}", &m == &f);
}
