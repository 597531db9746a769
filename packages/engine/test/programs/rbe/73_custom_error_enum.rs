// A custom error enum that wraps other errors, with From impls so ? converts.
use std::error::Error;
use std::fmt;
use std::num::{ParseFloatError, ParseIntError};

#[derive(Debug)]
enum ConfigError {
    Missing(String),
    BadInt(ParseIntError),
    BadFloat(ParseFloatError),
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            ConfigError::Missing(key) => write!(f, "missing key `{}`", key),
            ConfigError::BadInt(e) => write!(f, "bad integer: {}", e),
            ConfigError::BadFloat(e) => write!(f, "bad float: {}", e),
        }
    }
}

impl Error for ConfigError {
    fn source(&self) -> Option<&(dyn Error + 'static)> {
        match self {
            ConfigError::Missing(_) => None,
            ConfigError::BadInt(e) => Some(e),
            ConfigError::BadFloat(e) => Some(e),
        }
    }
}

impl From<ParseIntError> for ConfigError {
    fn from(e: ParseIntError) -> Self {
        ConfigError::BadInt(e)
    }
}

impl From<ParseFloatError> for ConfigError {
    fn from(e: ParseFloatError) -> Self {
        ConfigError::BadFloat(e)
    }
}

fn lookup<'a>(pairs: &[(&str, &'a str)], key: &str) -> Result<&'a str, ConfigError> {
    pairs.iter().find(|(k, _)| *k == key).map(|(_, v)| *v).ok_or(ConfigError::Missing(key.to_string()))
}

fn load(pairs: &[(&str, &str)]) -> Result<(u32, f64), ConfigError> {
    let workers: u32 = lookup(pairs, "workers")?.parse()?;
    let ratio: f64 = lookup(pairs, "ratio")?.parse()?;
    Ok((workers, ratio))
}

fn main() {
    let configs: [&[(&str, &str)]; 4] = [
        &[("workers", "4"), ("ratio", "0.75")],
        &[("workers", "four"), ("ratio", "0.75")],
        &[("workers", "4"), ("ratio", "3/4")],
        &[("ratio", "1.0")],
    ];
    for c in configs {
        match load(c) {
            Ok((w, r)) => println!("ok: {} workers, ratio {}", w, r),
            Err(e) => println!("error: {} (has source: {})", e, e.source().is_some()),
        }
    }
}
