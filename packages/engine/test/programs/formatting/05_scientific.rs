fn main() {
    let avogadro = 6.02214076e23_f64;
    let electron = 9.1093837015e-31_f64;
    let plain = 1234.5_f64;

    println!("{:e}", avogadro);
    println!("{:E}", avogadro);
    println!("{:e}", electron);
    println!("{:.3e}", avogadro);
    println!("{:.2e}", electron);
    println!("{:e}", plain);
    println!("{:e}", 1.0_f64);
    println!("{:e}", 0.0_f64);
    println!("{:e}", 1500_i32);
    println!("{:e}", 100_u64);
    println!("{:12.2e}|", plain);
    println!("{:e}", 0.1_f32);
}
