// Casting with `as`: truncation, wrapping and saturating float conversions.
#![allow(overflowing_literals)]

fn main() {
    let decimal = 65.4321_f32;
    let integer = decimal as u8;
    let character = integer as char;
    println!("Casting: {} -> {} -> {}", decimal, integer, character);

    println!("1000 as u16 is: {}", 1000 as u16);
    println!("1000 as u8 is : {}", 1000 as u8);
    println!("  -1 as u8 is : {}", (-1i8) as u8);
    println!("1000 mod 256 is : {}", 1000 % 256);

    println!(" 128 as i16 is: {}", 128 as i16);
    println!(" 128 as i8 is : {}", 128 as i8);
    println!("1000 as u8 is : {}", 1000 as u8);
    println!(" 232 as i8 is : {}", 232 as i8);

    println!(" 300.0 as u8 is : {}", 300.0_f32 as u8);
    println!("-100.0 as u8 is : {}", -100.0_f32 as u8);
    println!("   nan as u8 is : {}", f32::NAN as u8);
    println!("  2.99 as i32 is: {}", 2.99_f64 as i32);
    println!(" -2.99 as i32 is: {}", -2.99_f64 as i32);

    println!("true as i32: {}, 'z' as u32: {}", true as i32, 'z' as u32);
    println!("u64::MAX as f32: {}", u64::MAX as f32);
    let big: i64 = -5_000_000_000;
    println!("{} as i32 = {}", big, big as i32);
}
