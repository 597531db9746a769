// Quiz: a float literal whose type is not known yet.
fn main() {
    let side = 3.0_f64;
    let area = side.powi(2);
    println!("area = {}", area);
    // No type for this literal has been decided.
    let unit = 2.0.powi(2);
    println!("unit = {}", unit);
}
