// Since Rust 1.45, float -> int casts saturate and NaN becomes 0.
fn main() {
    let readings: [f64; 7] = [3.99, -3.99, 300.5, -12.0, 1e20, f64::NAN, f64::INFINITY];
    for r in readings.iter() {
        let as_u8 = *r as u8;
        let as_i32 = *r as i32;
        println!("{:>8} -> u8 {:>3}, i32 {}", r, as_u8, as_i32);
    }
    println!("-inf as i64 = {}", f64::NEG_INFINITY as i64);
    println!("2.5f32 as u32 = {}", 2.5f32 as u32);

    let pixels = [0.0_f64, 0.25, 0.5, 1.0, 1.5];
    let bytes: Vec<u8> = pixels.iter().map(|p| (p * 255.0) as u8).collect();
    println!("{:?}", bytes);
}
