use std::iter::{once, repeat};
fn main() { let v: Vec<u8> = once(1).chain(repeat(7).take(2)).collect(); println!("{:?}", v); }
