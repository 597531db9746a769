// Quiz answer: wrap the foreign type in a local newtype.
use std::fmt;

struct Bytes(Vec<u8>);

impl fmt::Display for Bytes {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{} bytes", self.0.len())
    }
}

fn main() {
    let data = Bytes(vec![1, 2, 3]);
    println!("{}", data);
}
