fn main() { let b = b"café"; println!("{:?}", b); }
