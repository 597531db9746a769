// to_bits / from_bits: the safe alternative to transmuting a float.
fn main() {
    let x: f32 = 1.0;
    let bits = x.to_bits();
    println!("1.0 as bits: {:#010x}", bits);
    let neg = f32::from_bits(bits | 0x8000_0000);
    println!("with the sign bit set: {}", neg);
    let half = 0.5f32.to_bits();
    println!("0.5 as bits: {:#010x}", half);
    let exponent = (bits >> 23) & 0xff;
    println!("exponent field of 1.0: {}", exponent);
}
