#[derive(Debug, Clone, Copy)]
struct Celsius(f64);

#[derive(Debug, Clone, Copy)]
struct Fahrenheit(f64);

impl Celsius {
    fn to_fahrenheit(self) -> Fahrenheit {
        Fahrenheit(self.0 * 9.0 / 5.0 + 32.0)
    }
}

impl Fahrenheit {
    fn to_celsius(self) -> Celsius {
        Celsius((self.0 - 32.0) * 5.0 / 9.0)
    }
}

fn main() {
    let readings = [Celsius(-40.0), Celsius(0.0), Celsius(37.0), Celsius(100.0)];
    for c in readings.iter() {
        let f = c.to_fahrenheit();
        println!("{:>6.1} C = {:>6.1} F", c.0, f.0);
    }
    let body = Fahrenheit(98.6).to_celsius();
    println!("{:?}", body.0.round());
}
