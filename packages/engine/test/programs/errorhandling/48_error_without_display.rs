use std::error::Error;

#[derive(Debug)]
enum NetworkError {
    Timeout,
    Refused(u16),
}

impl Error for NetworkError {}

fn connect(port: u16) -> Result<String, NetworkError> {
    match port {
        80 | 443 => Ok(format!("connected on {}", port)),
        0 => Err(NetworkError::Timeout),
        p => Err(NetworkError::Refused(p)),
    }
}

fn main() {
    for p in [80, 0, 8081] {
        match connect(p) {
            Ok(msg) => println!("{}", msg),
            Err(e) => println!("failed: {:?}", e),
        }
    }
}
