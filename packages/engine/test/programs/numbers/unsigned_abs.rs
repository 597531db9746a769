fn main() {
    let a: u32 = i32::MIN.unsigned_abs();
    let b = (-7i8).unsigned_abs();
    let c: u8 = b + 1;
    println!("{} {} {} {}", a, b, c, 5i16.unsigned_abs());
}
