use std::fmt;
use std::num::ParseIntError;

#[derive(Debug)]
enum ConfigError {
    Missing(String),
    BadNumber(ParseIntError),
    OutOfRange(i64),
}

impl From<ParseIntError> for ConfigError {
    fn from(e: ParseIntError) -> Self {
        ConfigError::BadNumber(e)
    }
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            ConfigError::Missing(key) => write!(f, "missing key '{}'", key),
            ConfigError::BadNumber(e) => write!(f, "not a number: {}", e),
            ConfigError::OutOfRange(n) => write!(f, "{} is out of range 1..=65535", n),
        }
    }
}

fn lookup<'a>(pairs: &[(&'a str, &'a str)], key: &str) -> Result<&'a str, ConfigError> {
    for (k, v) in pairs {
        if *k == key {
            return Ok(v);
        }
    }
    Err(ConfigError::Missing(key.to_string()))
}

fn port(pairs: &[(&str, &str)]) -> Result<u16, ConfigError> {
    let raw = lookup(pairs, "port")?;
    let n: i64 = raw.trim().parse()?;
    if n < 1 || n > 65535 {
        return Err(ConfigError::OutOfRange(n));
    }
    Ok(n as u16)
}

fn main() {
    let configs = [
        vec![("host", "localhost"), ("port", " 8080 ")],
        vec![("host", "example.org")],
        vec![("port", "eighty")],
        vec![("port", "70000")],
    ];
    for c in &configs {
        match port(c) {
            Ok(p) => println!("ok: port {}", p),
            Err(e) => println!("error: {}", e),
        }
    }
}
