use std::fmt;
use std::num::ParseIntError;

#[derive(Debug)]
enum ConfigError {
    Parse(ParseIntError),
    OutOfRange(i64),
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ConfigError::Parse(e) => write!(f, "parse error: {}", e),
            ConfigError::OutOfRange(n) => write!(f, "value {} is out of range 1..=64", n),
        }
    }
}

impl std::error::Error for ConfigError {}

impl From<ParseIntError> for ConfigError {
    fn from(e: ParseIntError) -> Self {
        ConfigError::Parse(e)
    }
}

fn parse_threads(s: &str) -> Result<i64, ConfigError> {
    let n: i64 = s.trim().parse()?; // ParseIntError -> ConfigError via From
    if !(1..=64).contains(&n) {
        return Err(ConfigError::OutOfRange(n));
    }
    Ok(n)
}

fn main() {
    for s in ["8", "  16 ", "0", "128", "four", ""] {
        match parse_threads(s) {
            Ok(n) => println!("{:?}: using {} threads", s, n),
            Err(e) => println!("{:?}: {}", s, e),
        }
    }
}
