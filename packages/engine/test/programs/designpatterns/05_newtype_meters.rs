// Newtype wrappers keep units apart.
use std::ops::Add;

#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
struct Meters(f64);

#[derive(Debug, Clone, Copy)]
struct Feet(f64);

impl From<Feet> for Meters {
    fn from(f: Feet) -> Meters {
        Meters(f.0 * 0.3048)
    }
}

impl Add for Meters {
    type Output = Meters;
    fn add(self, other: Meters) -> Meters {
        Meters(self.0 + other.0)
    }
}

fn total(parts: &[Meters]) -> Meters {
    parts.iter().fold(Meters(0.0), |acc, &m| acc + m)
}

fn main() {
    let a = Meters(12.5);
    let b: Meters = Feet(10.0).into();
    let sum = a + b;
    println!("{:.3}", sum.0);
    println!("{:?}", total(&[a, b, Meters(1.0)]));
    println!("a < b? {}", a < b);
}
