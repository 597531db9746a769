// The ? operator returns early with the error.
#[derive(Debug)]
enum ConfigError {
    Missing(String),
    BadNumber(String),
}

fn lookup<'a>(pairs: &[(&str, &'a str)], key: &str) -> Result<&'a str, ConfigError> {
    for (k, v) in pairs {
        if *k == key {
            return Ok(v);
        }
    }
    Err(ConfigError::Missing(key.to_string()))
}

fn read_port(pairs: &[(&str, &str)]) -> Result<u16, ConfigError> {
    let raw = lookup(pairs, "port")?;
    let port = raw.parse::<u16>().map_err(|_| ConfigError::BadNumber(raw.to_string()))?;
    Ok(port)
}

fn main() {
    let good = [("host", "localhost"), ("port", "8080")];
    let bad_number = [("port", "eighty")];
    let missing = [("host", "example.org")];

    println!("{:?}", read_port(&good));
    println!("{:?}", read_port(&bad_number));
    println!("{:?}", read_port(&missing));
}
