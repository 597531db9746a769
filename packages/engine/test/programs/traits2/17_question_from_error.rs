use std::num::ParseIntError;

// `?` calls From::from on the error, so we can lift library errors into ours.
#[derive(Debug)]
enum ConfigError {
    BadNumber(ParseIntError),
    OutOfRange(i64),
}

impl From<ParseIntError> for ConfigError {
    fn from(e: ParseIntError) -> Self {
        ConfigError::BadNumber(e)
    }
}

fn parse_port(text: &str) -> Result<u16, ConfigError> {
    let n: i64 = text.trim().parse()?;
    if n < 1 || n > 65535 {
        return Err(ConfigError::OutOfRange(n));
    }
    Ok(n as u16)
}

fn main() {
    for input in ["8080", " 443 ", "99999", "http"] {
        match parse_port(input) {
            Ok(p) => println!("{:?} -> port {}", input, p),
            Err(ConfigError::OutOfRange(n)) => println!("{:?} -> {} out of range", input, n),
            Err(ConfigError::BadNumber(e)) => println!("{:?} -> bad number: {}", input, e),
        }
    }
}
