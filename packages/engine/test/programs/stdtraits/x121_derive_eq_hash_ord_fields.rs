#[derive(PartialEq, Debug)]
struct Inner { a: i32 }
#[derive(PartialEq, Eq, Debug, Hash, PartialOrd, Ord)]
struct Outer { i: Inner, x: f32, v: Vec<f64> }
fn main() {}
