use std::error::Error;
use std::fmt;

#[derive(Debug)]
struct TemperatureError {
    celsius: f64,
}

impl fmt::Display for TemperatureError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{}°C is below absolute zero", self.celsius)
    }
}

impl Error for TemperatureError {}

fn to_kelvin(c: f64) -> Result<f64, TemperatureError> {
    if c < -273.15 {
        Err(TemperatureError { celsius: c })
    } else {
        Ok(c + 273.15)
    }
}

fn report(input: &str) -> Result<String, Box<dyn Error>> {
    let c: f64 = input.parse()?;
    let k = to_kelvin(c)?;
    Ok(format!("{}°C = {:.2}K", c, k))
}

fn main() {
    for input in ["25", "-300", "hot", "-273.15"] {
        match report(input) {
            Ok(s) => println!("{}", s),
            Err(e) => println!("error for {:?}: {}", input, e),
        }
    }
}
