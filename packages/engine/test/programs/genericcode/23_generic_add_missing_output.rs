use std::ops::Add;

// Add two values of the same type and return the result.
fn add_pair<T: Add>(a: T, b: T) -> T {
    a + b
}

fn main() {
    println!("{}", add_pair(2, 3));
    println!("{}", add_pair(1.5, 2.5));
}
