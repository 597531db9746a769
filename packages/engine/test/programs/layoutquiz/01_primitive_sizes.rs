use std::mem::size_of;

// Quiz: how many bytes does each primitive take?
fn main() {
    println!("u8    = {}", size_of::<u8>());
    println!("u16   = {}", size_of::<u16>());
    println!("u32   = {}", size_of::<u32>());
    println!("u64   = {}", size_of::<u64>());
    println!("u128  = {}", size_of::<u128>());
    println!("i8    = {}", size_of::<i8>());
    println!("i64   = {}", size_of::<i64>());
    println!("f32   = {}", size_of::<f32>());
    println!("f64   = {}", size_of::<f64>());
    println!("bool  = {}", size_of::<bool>());
    // a char is a Unicode scalar value, not a byte
    println!("char  = {}", size_of::<char>());
    println!("usize = {}", size_of::<usize>());
    println!("isize = {}", size_of::<isize>());
    println!("()    = {}", size_of::<()>());
}
