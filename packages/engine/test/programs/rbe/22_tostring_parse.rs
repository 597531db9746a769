// Conversion to and from strings: Display gives to_string, FromStr gives parse.
use std::fmt;
use std::str::FromStr;

struct Circle {
    radius: i32,
}

impl fmt::Display for Circle {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "Circle of radius {}", self.radius)
    }
}

#[derive(Debug)]
struct Rgb(u8, u8, u8);

impl FromStr for Rgb {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let parts: Vec<&str> = s.split(',').collect();
        if parts.len() != 3 {
            return Err(format!("expected 3 parts, got {}", parts.len()));
        }
        let mut vals = [0u8; 3];
        for (i, p) in parts.iter().enumerate() {
            vals[i] = p.trim().parse().map_err(|_| format!("bad part '{}'", p.trim()))?;
        }
        Ok(Rgb(vals[0], vals[1], vals[2]))
    }
}

fn main() {
    let circle = Circle { radius: 6 };
    println!("{}", circle.to_string());

    let parsed: i32 = "5".parse().unwrap();
    let turbo_parsed = "10".parse::<i32>().unwrap();
    let sum = parsed + turbo_parsed;
    println!("Sum: {:?}", sum);

    println!("{:?}", "12,200, 7".parse::<Rgb>());
    println!("{:?}", "1,2".parse::<Rgb>());
    println!("{:?}", Rgb::from_str("1,2,300"));
    println!("{:?}", "3.5".parse::<f64>());
    println!("{:?}", "true".parse::<bool>());
}
