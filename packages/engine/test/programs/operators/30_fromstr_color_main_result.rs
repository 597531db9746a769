use std::fmt;
use std::str::FromStr;

#[derive(Debug, Clone, Copy, PartialEq)]
struct Rgb {
    r: u8,
    g: u8,
    b: u8,
}

#[derive(Debug)]
struct ColorError(String);

impl fmt::Display for ColorError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "invalid color: {}", self.0)
    }
}

// Parses "#rrggbb".
impl FromStr for Rgb {
    type Err = ColorError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let hex = s.strip_prefix('#').ok_or_else(|| ColorError(s.to_string()))?;
        if hex.len() != 6 {
            return Err(ColorError(s.to_string()));
        }
        let part = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).map_err(|_| ColorError(s.to_string()));
        Ok(Rgb { r: part(0)?, g: part(2)?, b: part(4)? })
    }
}

impl fmt::Display for Rgb {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "rgb({}, {}, {})", self.r, self.g, self.b)
    }
}

fn main() -> Result<(), String> {
    let orange: Rgb = "#ff8800".parse().map_err(|e: ColorError| e.to_string())?;
    println!("{}", orange);

    for text in ["#000000", "#FFFFFF", "red", "#12345", "#zz0000"] {
        match text.parse::<Rgb>() {
            Ok(c) => println!("{:<8} => {}", text, c),
            Err(e) => println!("{:<8} => {}", text, e),
        }
    }

    let broken = "#12".parse::<Rgb>().map_err(|e| e.to_string())?;
    println!("never printed: {}", broken);
    Ok(())
}
