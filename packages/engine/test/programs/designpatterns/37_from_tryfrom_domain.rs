// From and TryFrom between domain types.
use std::convert::TryFrom;

#[derive(Debug)]
struct Celsius(f64);
#[derive(Debug)]
struct Fahrenheit(f64);

impl From<Celsius> for Fahrenheit {
    fn from(c: Celsius) -> Self {
        Fahrenheit(c.0 * 9.0 / 5.0 + 32.0)
    }
}

#[derive(Debug)]
struct Percentage(u8);

impl TryFrom<i32> for Percentage {
    type Error = String;
    fn try_from(v: i32) -> Result<Self, Self::Error> {
        if (0..=100).contains(&v) {
            Ok(Percentage(v as u8))
        } else {
            Err(format!("{} is out of range", v))
        }
    }
}

fn main() {
    let f: Fahrenheit = Celsius(100.0).into();
    println!("{:?}", f);
    for raw in [42, 100, 120, -5] {
        match Percentage::try_from(raw) {
            Ok(p) => println!("ok {:?}", p),
            Err(e) => println!("error: {}", e),
        }
    }
    let p: Result<Percentage, _> = 77.try_into();
    println!("{:?}", p);
}
