use std::fmt;

// Trying to implement a foreign trait for a foreign type.
impl fmt::Display for Vec<i32> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{} numbers", self.len())
    }
}

fn main() {
    let v = vec![1, 2, 3];
    println!("{}", v);
}
