fn main() {
    let x: f64 = 2.0;
    println!("sqrt(2)   = {:.6}", x.sqrt());
    println!("2^10      = {}", x.powi(10));
    println!("2^0.5     = {:.6}", x.powf(0.5));
    println!("e^1       = {:.5}", 1.0_f64.exp());
    println!("ln(e)     = {}", std::f64::consts::E.ln());
    println!("log10(1000) = {}", 1000.0_f64.log10());
    println!("log2(8)   = {}", 8.0_f64.log2());

    let values = [2.5_f64, -2.5, 3.7, -3.7, 0.5];
    println!("{:>6} {:>6} {:>6} {:>6} {:>6}", "x", "floor", "ceil", "round", "trunc");
    for v in values {
        println!("{:>6} {:>6} {:>6} {:>6} {:>6}", v, v.floor(), v.ceil(), v.round(), v.trunc());
    }
    println!("fract(3.75) = {}", 3.75_f64.fract());
    println!("min(1.5, 0.5) = {}", 1.5_f64.min(0.5));
    println!("max(1.5, 0.5) = {}", 1.5_f64.max(0.5));
    println!("clamp(7.2, 0, 5) = {}", 7.2_f64.clamp(0.0, 5.0));
    println!("hypot(3,4) = {}", 3.0_f64.hypot(4.0));
    println!("sin(pi/2) = {}", (std::f64::consts::PI / 2.0).sin());
    println!("to_degrees(pi) = {}", std::f64::consts::PI.to_degrees());
    println!("mul_add = {}", 2.0_f64.mul_add(3.0, 1.0));
}
