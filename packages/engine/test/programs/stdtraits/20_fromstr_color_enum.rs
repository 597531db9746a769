use std::fmt;
use std::str::FromStr;

#[derive(Debug, Clone, Copy, PartialEq)]
enum Color {
    Red,
    Green,
    Blue,
    Rgb(u8, u8, u8),
}

#[derive(Debug)]
enum ParseColorError {
    Empty,
    BadHex(String),
    Unknown(String),
}

impl fmt::Display for ParseColorError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            ParseColorError::Empty => write!(f, "empty input"),
            ParseColorError::BadHex(s) => write!(f, "bad hex code '{}'", s),
            ParseColorError::Unknown(s) => write!(f, "unknown color '{}'", s),
        }
    }
}

impl FromStr for Color {
    type Err = ParseColorError;
    fn from_str(s: &str) -> Result<Color, ParseColorError> {
        let s = s.trim();
        if s.is_empty() {
            return Err(ParseColorError::Empty);
        }
        if let Some(hex) = s.strip_prefix('#') {
            if hex.len() != 6 {
                return Err(ParseColorError::BadHex(s.to_string()));
            }
            let part = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16);
            return match (part(0), part(2), part(4)) {
                (Ok(r), Ok(g), Ok(b)) => Ok(Color::Rgb(r, g, b)),
                _ => Err(ParseColorError::BadHex(s.to_string())),
            };
        }
        match s.to_lowercase().as_str() {
            "red" => Ok(Color::Red),
            "green" => Ok(Color::Green),
            "blue" => Ok(Color::Blue),
            other => Err(ParseColorError::Unknown(other.to_string())),
        }
    }
}

fn main() {
    let inputs = ["red", " Blue ", "#ff8000", "#12345", "#zz0000", "", "purple"];
    for inp in inputs {
        match inp.parse::<Color>() {
            Ok(c) => println!("{:?} => {:?}", inp, c),
            Err(e) => println!("{:?} => error: {}", inp, e),
        }
    }
    let palette: Result<Vec<Color>, _> = "red,green,#000000".split(',').map(str::parse::<Color>).collect();
    println!("{:?}", palette.unwrap());
}
