// Newtype pattern: Meters and Feet can't be mixed up by accident.
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
struct Meters(f64);

#[derive(Debug, Clone, Copy)]
struct Feet(f64);

impl Meters {
    fn to_feet(self) -> Feet {
        Feet(self.0 * 3.28084)
    }

    fn add(self, other: Meters) -> Meters {
        Meters(self.0 + other.0)
    }
}

fn total_length(parts: &[Meters]) -> Meters {
    let mut sum = Meters(0.0);
    for p in parts {
        sum = sum.add(*p);
    }
    sum
}

fn main() {
    let track = [Meters(100.0), Meters(250.5), Meters(49.5)];
    let total = total_length(&track);
    println!("total: {:?}", total);
    println!("in feet: {:.2}", total.to_feet().0);
    println!("longer than 300 m? {}", total > Meters(300.0));
}
