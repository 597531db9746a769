// Implementing From lets ? convert library errors into our own error type.
use std::fmt;
use std::num::{ParseFloatError, ParseIntError};

#[derive(Debug)]
enum RecordError {
    BadInt(ParseIntError),
    BadFloat(ParseFloatError),
    MissingField(&'static str),
}

impl From<ParseIntError> for RecordError {
    fn from(e: ParseIntError) -> Self {
        RecordError::BadInt(e)
    }
}

impl From<ParseFloatError> for RecordError {
    fn from(e: ParseFloatError) -> Self {
        RecordError::BadFloat(e)
    }
}

impl fmt::Display for RecordError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            RecordError::BadInt(e) => write!(f, "bad integer: {}", e),
            RecordError::BadFloat(e) => write!(f, "bad float: {}", e),
            RecordError::MissingField(name) => write!(f, "missing field {}", name),
        }
    }
}

#[derive(Debug)]
struct Record {
    id: u32,
    weight: f64,
}

fn parse_record(line: &str) -> Result<Record, RecordError> {
    let mut fields = line.split(';');
    let id = fields.next().filter(|s| !s.is_empty()).ok_or(RecordError::MissingField("id"))?.parse()?;
    let weight = fields.next().ok_or(RecordError::MissingField("weight"))?.parse()?;
    Ok(Record { id, weight })
}

fn main() {
    let lines = ["1;2.5", "2;heavy", "x;1.0", "3", ";4.0", "4;0.75"];
    for line in lines {
        match parse_record(line) {
            Ok(r) => println!("{:<8} => {:?}", line, r),
            Err(e) => println!("{:<8} => {}", line, e),
        }
    }
}
