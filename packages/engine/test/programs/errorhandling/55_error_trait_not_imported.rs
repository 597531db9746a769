use std::fmt;

#[derive(Debug)]
struct EmptyCartError;

impl fmt::Display for EmptyCartError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "cannot check out an empty cart")
    }
}

impl Error for EmptyCartError {}

fn checkout(items: &[&str]) -> Result<usize, EmptyCartError> {
    if items.is_empty() {
        Err(EmptyCartError)
    } else {
        Ok(items.len())
    }
}

fn main() {
    println!("{:?}", checkout(&["pen", "ink"]));
    println!("{:?}", checkout(&[]));
}
