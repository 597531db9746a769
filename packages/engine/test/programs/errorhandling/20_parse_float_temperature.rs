use std::num::ParseFloatError;

fn celsius_to_fahrenheit(input: &str) -> Result<f64, ParseFloatError> {
    let c: f64 = input.parse()?;
    Ok(c * 9.0 / 5.0 + 32.0)
}

fn main() {
    let readings = ["0", "100", "-40", "36.6", "hot", "1e2"];
    for r in readings.iter() {
        match celsius_to_fahrenheit(r) {
            Ok(f) => println!("{}°C = {:.1}°F", r, f),
            Err(err) => println!("'{}' is not a temperature: {}", r, err),
        }
    }
}
