use std::hash::Hasher;
fn f<H: Hasher>(_h: &mut H) {}
fn main() { println!("ok"); }
