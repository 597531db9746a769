// Box<dyn Error> collects different error types in one signature.
use std::error::Error;
use std::fmt;

#[derive(Debug)]
struct ConfigError {
    key: String,
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "missing key '{}'", self.key)
    }
}

impl Error for ConfigError {}

fn lookup<'a>(pairs: &[(&'a str, &'a str)], key: &str) -> Result<&'a str, Box<dyn Error>> {
    for (k, v) in pairs {
        if *k == key {
            return Ok(v);
        }
    }
    Err(Box::new(ConfigError { key: key.to_string() }))
}

fn load(pairs: &[(&str, &str)]) -> Result<(u16, String), Box<dyn Error>> {
    let port: u16 = lookup(pairs, "port")?.parse()?;
    let host = lookup(pairs, "host")?.to_string();
    if host.is_empty() {
        return Err("host must not be empty".into());
    }
    Ok((port, host))
}

fn main() {
    let good = [("host", "localhost"), ("port", "8080")];
    let bad_port = [("host", "example.org"), ("port", "eighty")];
    let no_host = [("port", "443")];
    let empty_host = [("port", "22"), ("host", "")];
    let huge = [("port", "70000"), ("host", "x")];

    for (name, cfg) in [("good", &good[..]), ("bad_port", &bad_port[..]), ("no_host", &no_host[..]), ("empty_host", &empty_host[..]), ("huge", &huge[..])] {
        match load(cfg) {
            Ok((port, host)) => println!("{}: {}:{}", name, host, port),
            Err(e) => println!("{}: error: {}", name, e),
        }
    }
}
