#[derive(Debug)]
enum AppError {
    BadPort(String),
    OutOfRange(u32),
}

fn parse_port(s: &str) -> Result<u16, AppError> {
    let n: u32 = s.parse().map_err(|e| AppError::BadPort(format!("{:?}: {}", s, e)))?;
    if n == 0 || n > 65535 {
        return Err(AppError::OutOfRange(n));
    }
    Ok(n as u16)
}

fn main() {
    for s in ["8080", "http", "70000", "0", "443"] {
        println!("{:>6} => {:?}", s, parse_port(s));
    }
}
