// Floats do not panic on division by zero: they give inf or NaN.
fn main() {
    let zero = 0.0_f64;
    let one = 1.0_f64;
    println!("1/0 = {}", one / zero);
    println!("-1/0 = {}", -one / zero);
    let nan = zero / zero;
    println!("0/0 = {}", nan);
    println!("nan == nan: {}", nan == nan);
    println!("is_nan: {}", nan.is_nan());
    println!("inf as i32 = {}", (one / zero) as i32);
    println!("nan as i32 = {}", nan as i32);
}
