fn main() {
    let nan = f64::NAN;
    let inf = f64::INFINITY;
    let neg_inf = f64::NEG_INFINITY;
    let neg_zero = -0.0_f64;

    println!("{} {} {} {}", nan, inf, neg_inf, neg_zero);
    println!("{:?} {:?} {:?} {:?}", nan, inf, neg_inf, neg_zero);
    println!("0/0 = {}", 0.0_f64 / 0.0);
    println!("1/0 = {}", 1.0_f64 / 0.0);
    println!("-1/0 = {}", -1.0_f64 / 0.0);
    println!("nan == nan: {}", nan == nan);
    println!("-0 == 0: {}", neg_zero == 0.0);
    println!("[{:>6}] [{:<6}] [{:+}]", inf, nan, inf);
    println!("{:.2}", neg_zero);
    println!("f32::MAX = {}", f32::MAX);
    println!("f32::MIN_POSITIVE = {:?}", f32::MIN_POSITIVE);
    println!("f64::EPSILON = {}", f64::EPSILON);
    println!("f32::MAX as e = {:e}", f32::MAX);
}
