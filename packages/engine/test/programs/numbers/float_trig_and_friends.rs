fn main() {
    let x = 0.5f64;
    println!("{:.4} {:.4} {:.4}", x.asin(), x.acos(), x.atan());
    println!("{:.4} {:.4} {:.4}", x.sinh(), x.cosh(), x.tanh());
    let (s, c) = 1.0f64.sin_cos();
    println!("{:.4} {:.4} {} {}", s, c, 8f64.log(2.0), 4f64.recip());
    println!("{} {} {}", (-7.5f64).rem_euclid(2.0), (-7.5f64).div_euclid(2.0), 3f64.copysign(-0.0));
    println!("{} {} {}", (1.0f64 / 0.0).is_infinite(), 2f64.is_finite(), (-0.0f64).is_sign_negative());
    println!("{} {:.5} {:.5}", 3f64.exp2(), 1e-5f64.ln_1p(), 1e-5f64.exp_m1());
    println!("{}", 2.0f32.mul_add(3.0, 1.0));
}
