// macro_rules! is textual: a call before the definition finds nothing.
fn main() {
    let x = double!(4);
    println!("{}", x);
}

macro_rules! double {
    ($x:expr) => { 2 * $x };
}
