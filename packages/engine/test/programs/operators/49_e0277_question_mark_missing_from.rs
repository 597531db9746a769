use std::num::ParseIntError;

#[derive(Debug)]
enum ConfigError {
    Missing(String),
    BadValue(ParseIntError),
}

fn read_port(pairs: &[(&str, &str)]) -> Result<u16, ConfigError> {
    let raw = pairs
        .iter()
        .find(|(k, _)| *k == "port")
        .map(|(_, v)| *v)
        .ok_or(ConfigError::Missing("port".to_string()))?;
    // ? needs From<ParseIntError> for ConfigError, which was never written.
    let port = raw.parse::<u16>()?;
    Ok(port)
}

fn main() {
    let cfg = [("host", "localhost"), ("port", "8080")];
    match read_port(&cfg) {
        Ok(p) => println!("port {}", p),
        Err(e) => println!("error: {:?}", e),
    }
}
