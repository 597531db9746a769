fn main() {
    // A float is just 32 or 64 bits; to_bits shows them as an integer
    let one = 1.0f32;
    println!("1.0f32 bits  = {:#010x}", one.to_bits());
    println!("-1.0f32 bits = {:#010x}", (-1.0f32).to_bits());
    println!("0.5f32 bits  = {:032b}", 0.5f32.to_bits());

    let back = f32::from_bits(0x4048_0000);
    println!("0x40480000 as f32 = {}", back);

    let d = 2.0f64;
    println!("2.0f64 bits = {:#018x}", d.to_bits());

    // Casting is a value conversion, not a bit reinterpretation
    println!("1.0f32 as u32 = {}", one as u32);
    println!("1.0f32 to_bits = {}", one.to_bits());
}
