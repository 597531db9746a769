// Mistake: unsigned integers have no abs() method.

fn difference(a: u32, b: u32) -> u32 {
    (a - b).abs()
}

fn main() {
    println!("{}", difference(10, 4));
}
