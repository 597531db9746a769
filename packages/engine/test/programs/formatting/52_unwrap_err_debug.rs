#[derive(Debug)]
enum ConfigError {
    Missing(&'static str),
    BadValue { key: &'static str, value: String },
}

fn get_port(raw: &str) -> Result<u16, ConfigError> {
    if raw.is_empty() {
        return Err(ConfigError::Missing("port"));
    }
    raw.parse::<u16>().map_err(|_| ConfigError::BadValue { key: "port", value: raw.to_string() })
}

fn main() {
    println!("{:?}", get_port("8080"));
    println!("{:?}", get_port(""));
    println!("{:?}", get_port("99999"));
    let port = get_port("http").unwrap();
    println!("port = {}", port);
}
