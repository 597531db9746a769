fn main() {
    let f: fn(f64, f64) -> f64 = |a, b| a + b;
    println!("{}", f(8.0, 2.0));
    let g: fn(i32) -> i32 = |a| a + 1;
    println!("{}", g(4));
}
