// Negative numbers in hex show the two's complement bit pattern.
fn main() {
    let a: i8 = -1;
    let b: i16 = -2;
    let c: i32 = -255;
    let d: i64 = -1;
    println!("{:x}", a);
    println!("{:x}", b);
    println!("{:x}", c);
    println!("{:X}", d);
    println!("{:b}", a);
    println!("{:o}", -8i8);
    println!("{:#x}", i32::MIN);
    println!("{:#b}", -128i8);
    // Cast to see the same bits as unsigned.
    println!("{}", c as u32);
    println!("{:x}", c as u32);
}
