// All your base: convert digits between bases, with a custom error enum.
use std::fmt;

#[derive(Debug, PartialEq, Eq)]
pub enum Error {
    InvalidInputBase,
    InvalidOutputBase,
    InvalidDigit(u32),
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            Error::InvalidInputBase => write!(f, "input base must be >= 2"),
            Error::InvalidOutputBase => write!(f, "output base must be >= 2"),
            Error::InvalidDigit(d) => write!(f, "digit {} is not valid in the input base", d),
        }
    }
}

pub fn convert(number: &[u32], from_base: u32, to_base: u32) -> Result<Vec<u32>, Error> {
    if from_base < 2 {
        return Err(Error::InvalidInputBase);
    }
    if to_base < 2 {
        return Err(Error::InvalidOutputBase);
    }
    let mut value: u64 = 0;
    for &d in number {
        if d >= from_base {
            return Err(Error::InvalidDigit(d));
        }
        value = value * from_base as u64 + d as u64;
    }
    let mut out = Vec::new();
    loop {
        out.push((value % to_base as u64) as u32);
        value /= to_base as u64;
        if value == 0 {
            break;
        }
    }
    out.reverse();
    Ok(out)
}

fn main() {
    println!("{:?}", convert(&[1, 0, 1, 0, 1, 0], 2, 10));
    println!("{:?}", convert(&[4, 2], 10, 2));
    println!("{:?}", convert(&[3, 46, 60], 97, 73));
    println!("{:?}", convert(&[], 10, 2));
    for bad in [convert(&[1], 1, 10), convert(&[1], 10, 0), convert(&[1, 2, 7], 7, 10)] {
        match bad {
            Ok(v) => println!("ok {:?}", v),
            Err(e) => println!("error: {}", e),
        }
    }
}
