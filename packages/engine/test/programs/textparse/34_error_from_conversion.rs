// A custom error with From impls so ? converts automatically.
use std::fmt;
use std::num::{ParseFloatError, ParseIntError};

#[derive(Debug)]
enum ReadingError {
    Format(String),
    Id(ParseIntError),
    Value(ParseFloatError),
}

impl fmt::Display for ReadingError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            ReadingError::Format(line) => write!(f, "bad format: {}", line),
            ReadingError::Id(e) => write!(f, "bad sensor id: {}", e),
            ReadingError::Value(e) => write!(f, "bad value: {}", e),
        }
    }
}

impl std::error::Error for ReadingError {}

impl From<ParseIntError> for ReadingError {
    fn from(e: ParseIntError) -> Self {
        ReadingError::Id(e)
    }
}

impl From<ParseFloatError> for ReadingError {
    fn from(e: ParseFloatError) -> Self {
        ReadingError::Value(e)
    }
}

fn parse_reading(line: &str) -> Result<(u32, f32), ReadingError> {
    let (id, value) = line
        .split_once(' ')
        .ok_or_else(|| ReadingError::Format(line.to_string()))?;
    let id: u32 = id.parse()?;
    let value: f32 = value.parse()?;
    Ok((id, value))
}

fn main() {
    let lines = ["7 21.5", "12 -3.25", "x 1.0", "3 warm", "nospace"];
    let (ok, bad): (Vec<_>, Vec<_>) = lines.iter().map(|l| parse_reading(l)).partition(|r| r.is_ok());
    for r in ok {
        let (id, v) = r.unwrap();
        println!("sensor {} = {}", id, v);
    }
    for r in bad {
        println!("error: {}", r.unwrap_err());
    }
}
