// Shifting left multiplies by 2, shifting right divides.
fn main() {
    let x: u32 = 5;
    for i in 0..5 {
        println!("5 << {} = {}", i, x << i);
    }
    let y: u32 = 200;
    for i in 0..4 {
        println!("200 >> {} = {}", i, y >> i);
    }
    // Arithmetic shift keeps the sign for signed types.
    let neg: i32 = -64;
    println!("-64 >> 2 = {}", neg >> 2);
    println!("-64 as u32 >> 28 = {}", (neg as u32) >> 28);

    // Packing RGB into a single u32.
    let (r, g, b) = (18u32, 52u32, 86u32);
    let packed = (r << 16) | (g << 8) | b;
    println!("packed = {:#08x}", packed);
    let r2 = (packed >> 16) & 0xFF;
    let g2 = (packed >> 8) & 0xFF;
    let b2 = packed & 0xFF;
    println!("unpacked = ({}, {}, {})", r2, g2, b2);

    // Set, clear and test the nth bit.
    let mut flags: u16 = 0;
    flags |= 1 << 3;
    flags |= 1 << 9;
    println!("flags = {:016b}", flags);
    flags &= !(1 << 3);
    println!("bit 3 set? {} bit 9 set? {}", flags & (1 << 3) != 0, (flags >> 9) & 1 == 1);
}
