// Exercise: `as` only works between primitive types.
struct Meters(f64);

fn main() {
    let d = Meters(3.5);
    let n = d as f64;
    println!("{}", n);
}
