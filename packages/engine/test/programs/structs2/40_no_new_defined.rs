#[derive(Debug)]
struct Temperature {
    degrees: f64,
    unit: char,
}

impl Temperature {
    fn celsius(degrees: f64) -> Temperature {
        Temperature { degrees, unit: 'C' }
    }

    fn describe(&self) -> String {
        format!("{:.1}°{}", self.degrees, self.unit)
    }
}

fn main() {
    let a = Temperature::celsius(21.5);
    println!("{}", a.describe());
    let b = Temperature::new(70.0, 'F');
    println!("{}", b.describe());
}
