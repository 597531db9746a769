fn main() {
    let third32: f32 = 1.0 / 3.0;
    let third64: f64 = 1.0 / 3.0;
    println!("f32 third: {}", third32);
    println!("f64 third: {}", third64);
    println!("f32 widened: {}", third32 as f64);

    let big32 = 16_777_216.0_f32;
    println!("{} + 1 = {}", big32, big32 + 1.0);
    let pi32 = std::f32::consts::PI;
    let pi64 = std::f64::consts::PI;
    println!("{} {}", pi32, pi64);
    println!("{:.10} {:.10}", pi32, pi64);
    println!("{}", f32::MAX);
    println!("{}", f64::MAX);
    println!("{:?}", f32::MIN);
    println!("{}", 0.1_f32 + 0.7_f32);
    println!("{}", 100.0_f32 / 3.0);
}
