fn main() {
    let x = 5;
    let y: u8 = x;
    println!("{} {}", x.pow(2), y.max(3));
    let z = 2.5_f64;
    println!("{} {}", z.powi(2), z.max(1.0));
    let n = -7;
    let k: i64 = n;
    println!("{} {}", n.abs(), k.signum());
    let big = 9;
    println!("{}", big.max(3));
}
