use std::fmt::Debug;
fn show(s: &str) -> Box<dyn Debug> { Box::new(s) }
fn main() {
    println!("{:?}", show("x"));
}
