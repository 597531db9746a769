// `as` never fails: it truncates, sign-extends or reinterprets bits.
fn main() {
    let big: i32 = 300;
    println!("300 as u8  = {}", big as u8);
    println!("300 as i8  = {}", big as i8);

    let neg: i32 = -1;
    println!("-1 as u8   = {}", neg as u8);
    println!("-1 as u32  = {}", neg as u32);
    println!("-1 as u64  = {}", neg as u64);

    let b: u8 = 200;
    println!("200u8 as i8 = {}", b as i8);
    println!("200u8 as i32 = {}", b as i32);

    let small: i8 = -100;
    println!("-100i8 as i64 = {}", small as i64);
    println!("-100i8 as u16 = {}", small as u16);

    let c = 'A';
    println!("'A' as u8 = {}", c as u8);
    println!("66u8 as char = {}", 66u8 as char);
    println!("true as i32 = {}", true as i32);

    let x: u64 = 0x1234_5678_9ABC_DEF0;
    println!("low 32 bits: {:#x}", x as u32);
    println!("low 16 bits: {:#x}", x as u16);
}
