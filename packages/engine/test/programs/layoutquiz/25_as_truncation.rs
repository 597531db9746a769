fn main() {
    // `as` to a smaller integer keeps only the low bits
    let big: u32 = 300;
    println!("300u32 as u8      = {}", big as u8);
    println!("65535u16 as u8    = {}", 65535u16 as u8);
    println!("0x1234u16 as u8   = {:#x}", 0x1234u16 as u8);
    println!("70000i32 as i16   = {}", 70000i32 as i16);
    println!("-1i32 as u8       = {}", -1i32 as u8);
    println!("-129i32 as i8     = {}", -129i32 as i8);
    println!("u64::MAX as u32   = {}", u64::MAX as u32);

    // floats saturate instead of wrapping
    println!("300.7f64 as u8    = {}", 300.7f64 as u8);
    println!("-5.9f32 as u8     = {}", -5.9f32 as u8);
    println!("2.99f64 as i32    = {}", 2.99f64 as i32);
}
