use std::fmt;
use std::num::ParseIntError;

#[derive(Debug)]
enum ConfigError {
    Missing(String),
    BadNumber(ParseIntError),
}

impl From<ParseIntError> for ConfigError {
    fn from(e: ParseIntError) -> Self {
        ConfigError::BadNumber(e)
    }
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ConfigError::Missing(key) => write!(f, "missing key `{}`", key),
            ConfigError::BadNumber(e) => write!(f, "bad number: {}", e),
        }
    }
}

fn lookup<'a>(pairs: &[(&str, &'a str)], key: &str) -> Result<&'a str, ConfigError> {
    pairs
        .iter()
        .find(|(k, _)| *k == key)
        .map(|(_, v)| *v)
        .ok_or_else(|| ConfigError::Missing(key.to_string()))
}

fn total_workers(pairs: &[(&str, &str)]) -> Result<u32, ConfigError> {
    let threads: u32 = lookup(pairs, "threads")?.parse()?; // ParseIntError -> ConfigError
    let procs: u32 = lookup(pairs, "processes")?.parse()?;
    Ok(threads * procs)
}

fn main() {
    let good = [("threads", "8"), ("processes", "4")];
    let typo = [("threads", "8"), ("processes", "four")];
    let partial = [("threads", "8")];

    for cfg in [&good[..], &typo[..], &partial[..]] {
        match total_workers(cfg) {
            Ok(n) => println!("workers: {}", n),
            Err(e) => println!("error: {}", e),
        }
    }
    if let Err(e) = total_workers(&typo) {
        println!("{:?}", e);
    }
}
