fn main() {
    let base: i64 = 3;
    for e in 0..6 {
        print!("{} ", base.pow(e));
    }
    println!();
    println!("2^10 = {}", 2u32.pow(10));
    println!("(-2)^3 = {}", (-2i32).pow(3));

    let temps = [-15, 0, 23, -1];
    for t in temps {
        println!("t={:>3} abs={:>2} signum={:>2}", t, i32::abs(t), t.signum());
    }
    println!("abs_diff(3, 10) = {}", 3u32.abs_diff(10));
    println!("(-3.5f64).abs() = {}", (-3.5f64).abs());
    println!("(-0.0f64).signum() = {}", (-0.0f64).signum());
    println!("unsigned_abs of i32::MIN = {}", i32::MIN.unsigned_abs());
    println!("is_positive: {}, is_negative: {}", 5i32.is_positive(), 5i32.is_negative());
}
