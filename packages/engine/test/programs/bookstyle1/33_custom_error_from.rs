// A custom error type with Display and From, so ? converts for us.
use std::fmt;
use std::num::ParseIntError;

#[derive(Debug)]
enum GuessError {
    NotANumber(ParseIntError),
    OutOfRange(i32),
}

impl fmt::Display for GuessError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            GuessError::NotANumber(e) => write!(f, "not a number ({e})"),
            GuessError::OutOfRange(n) => write!(f, "{n} is not between 1 and 100"),
        }
    }
}

impl From<ParseIntError> for GuessError {
    fn from(e: ParseIntError) -> Self {
        GuessError::NotANumber(e)
    }
}

struct Guess {
    value: i32,
}

impl Guess {
    fn parse(text: &str) -> Result<Guess, GuessError> {
        let value: i32 = text.trim().parse()?;
        if value < 1 || value > 100 {
            return Err(GuessError::OutOfRange(value));
        }
        Ok(Guess { value })
    }
}

fn main() {
    for text in ["50", " 7 ", "250", "abc"] {
        match Guess::parse(text) {
            Ok(g) => println!("guess accepted: {}", g.value),
            Err(e) => println!("error: {e}"),
        }
    }
}
