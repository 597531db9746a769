// A rule needs `=>` between its pattern and its expansion.
macro_rules! twice {
    ($x:expr) { $x * 2 };
}

fn main() {
    println!("{}", twice!(4));
}
