fn main() {
    // Widening a signed value copies the sign bit
    let neg: i8 = -1;
    println!("-1i8 as i32   = {}", neg as i32);
    println!("-1i8 as u32   = {}", neg as u32);
    println!("-1i8 as u8 as u32 = {}", neg as u8 as u32);

    // Widening an unsigned value fills with zeros
    let byte: u8 = 200;
    println!("200u8 as i32  = {}", byte as i32);
    println!("200u8 as i8   = {}", byte as i8);
    println!("200u8 as i8 as i32 = {}", byte as i8 as i32);

    let short: i16 = -2;
    println!("-2i16 as u16  = {}", short as u16);
    println!("-2i16 as i64  = {}", short as i64);
    println!("-2i16 as u64  = {:#x}", short as u64);
}
