// errors5: main returns Result<(), Box<dyn Error>> so different error types can use `?`.
use std::error::Error;
use std::fmt;

#[derive(PartialEq, Debug)]
enum CreationError {
    Negative,
    Zero,
}

impl fmt::Display for CreationError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let description = match *self {
            CreationError::Negative => "number is negative",
            CreationError::Zero => "number is zero",
        };
        f.write_str(description)
    }
}

impl Error for CreationError {}

#[derive(PartialEq, Debug)]
struct PositiveNonzeroInteger(u64);

impl PositiveNonzeroInteger {
    fn new(value: i64) -> Result<PositiveNonzeroInteger, CreationError> {
        match value {
            x if x < 0 => Err(CreationError::Negative),
            0 => Err(CreationError::Zero),
            x => Ok(PositiveNonzeroInteger(x as u64)),
        }
    }
}

fn parse_positive(s: &str) -> Result<PositiveNonzeroInteger, Box<dyn Error>> {
    let x: i64 = s.parse()?;
    Ok(PositiveNonzeroInteger::new(x)?)
}

fn main() -> Result<(), Box<dyn Error>> {
    for input in ["42", "-7", "0", "forty"] {
        match parse_positive(input) {
            Ok(p) => println!("{input}: {p:?}"),
            Err(e) => println!("{input}: error: {e}"),
        }
    }
    let value = parse_positive("42")?;
    println!("output={:?}", value);
    Ok(())
}
