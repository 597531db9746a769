use std::fmt;
use std::num::{ParseFloatError, ParseIntError};

#[derive(Debug)]
enum ReadingError {
    Int(ParseIntError),
    Float(ParseFloatError),
    Missing(&'static str),
}

impl From<ParseIntError> for ReadingError {
    fn from(e: ParseIntError) -> Self {
        ReadingError::Int(e)
    }
}

impl From<ParseFloatError> for ReadingError {
    fn from(e: ParseFloatError) -> Self {
        ReadingError::Float(e)
    }
}

impl fmt::Display for ReadingError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ReadingError::Int(e) => write!(f, "bad sensor id: {}", e),
            ReadingError::Float(e) => write!(f, "bad value: {}", e),
            ReadingError::Missing(what) => write!(f, "missing {}", what),
        }
    }
}

fn parse_reading(s: &str) -> Result<(u32, f64), ReadingError> {
    let mut parts = s.split('=');
    let id = parts.next().ok_or(ReadingError::Missing("id"))?.parse::<u32>()?;
    let value = parts.next().ok_or(ReadingError::Missing("value"))?.parse::<f64>()?;
    Ok((id, value))
}

fn main() {
    for s in ["7=21.5", "x=1.0", "3=warm", "12"] {
        match parse_reading(s) {
            Ok((id, v)) => println!("sensor {} reads {}", id, v),
            Err(e) => println!("{:?}: {}", s, e),
        }
    }
}
