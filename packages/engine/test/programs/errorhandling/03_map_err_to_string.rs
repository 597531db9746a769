use std::num::ParseIntError;

fn parse_port(s: &str) -> Result<u16, String> {
    s.parse::<u16>()
        .map_err(|e: ParseIntError| format!("invalid port '{}': {}", s, e))
}

fn main() {
    for candidate in ["8080", "443", "70000", "http", "0"] {
        match parse_port(candidate) {
            Ok(p) => println!("port ok: {}", p),
            Err(msg) => println!("error: {}", msg),
        }
    }
}
