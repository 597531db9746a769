use std::error::Error;
use std::fmt;

#[derive(Debug)]
struct Wrap(std::num::ParseIntError);

impl fmt::Display for Wrap {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "wrapped")
    }
}

impl Error for Wrap {
    fn source(&self) -> Option<&(dyn Error + 'static)> {
        Some(&self.0)
    }
}

fn main() {
    let w = Wrap("x".parse::<i32>().unwrap_err());
    println!("{} / {}", w, w.source().unwrap());
}
