use std::fmt;
use std::num::{ParseFloatError, ParseIntError};

// One error type for the whole parser; From impls let ? convert automatically.
#[derive(Debug)]
enum RecordError {
    Int(ParseIntError),
    Float(ParseFloatError),
    Shape(usize),
}

impl From<ParseIntError> for RecordError {
    fn from(e: ParseIntError) -> Self {
        RecordError::Int(e)
    }
}

impl From<ParseFloatError> for RecordError {
    fn from(e: ParseFloatError) -> Self {
        RecordError::Float(e)
    }
}

impl fmt::Display for RecordError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            RecordError::Int(e) => write!(f, "bad id: {}", e),
            RecordError::Float(e) => write!(f, "bad score: {}", e),
            RecordError::Shape(n) => write!(f, "expected 2 fields, got {}", n),
        }
    }
}

fn parse_record(line: &str) -> Result<(u32, f64), RecordError> {
    let fields: Vec<&str> = line.split(';').collect();
    if fields.len() != 2 {
        return Err(RecordError::Shape(fields.len()));
    }
    let id: u32 = fields[0].parse()?;
    let score: f64 = fields[1].parse()?;
    Ok((id, score))
}

fn main() {
    let lines = ["17;3.5", "x;1.0", "4;high", "1;2;3", "99;0.25"];
    let mut good = Vec::new();
    for line in lines {
        match parse_record(line) {
            Ok(rec) => good.push(rec),
            Err(e) => println!("{:<8} error: {}", line, e),
        }
    }
    println!("parsed: {:?}", good);
}
