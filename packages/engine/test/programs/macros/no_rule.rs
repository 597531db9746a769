// No rule of the macro matches the call.
macro_rules! pair {
    ($a:expr, $b:expr) => { ($a, $b) };
}

fn main() {
    let p = pair!(1, 2);
    println!("{:?}", p);
    let q = pair!(1; 2);
    println!("{:?}", q);
}
