#[derive(Debug)]
struct Celsius(f64);

#[derive(Debug)]
struct Kelvin(f64);

// Only one direction is implemented.
impl From<Celsius> for Kelvin {
    fn from(c: Celsius) -> Self {
        Kelvin(c.0 + 273.15)
    }
}

fn main() {
    let k: Kelvin = Celsius(25.0).into();
    println!("{:?}", k);

    // There is no From<Kelvin> for Celsius, so no Into either.
    let back: Celsius = Kelvin(300.0).into();
    println!("{:?}", back);
}
