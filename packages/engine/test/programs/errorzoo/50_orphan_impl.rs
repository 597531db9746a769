// Quiz: you cannot implement a foreign trait for a foreign type.
use std::fmt;

impl fmt::Display for Vec<u8> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{} bytes", self.len())
    }
}

fn main() {
    let data: Vec<u8> = vec![1, 2, 3];
    println!("{}", data);
}
