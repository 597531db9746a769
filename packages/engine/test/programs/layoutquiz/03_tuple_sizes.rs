use std::mem::{align_of, size_of};

fn main() {
    // Tuples get padding just like structs, and the compiler may reorder fields
    println!("(u8, u32)          -> {}", size_of::<(u8, u32)>());
    println!("(u8, u16, u8)      -> {}", size_of::<(u8, u16, u8)>());
    println!("(u64, u8)          -> {}", size_of::<(u64, u8)>());
    println!("(u8, u8, u8)       -> {}", size_of::<(u8, u8, u8)>());
    println!("((), u8)           -> {}", size_of::<((), u8)>());
    println!("(u8, (u8, u32))    -> {}", size_of::<(u8, (u8, u32))>());
    println!("align of (u8, u64) -> {}", align_of::<(u8, u64)>());

    let point = (3i16, 4i16);
    println!("point {:?} uses {} bytes", point, std::mem::size_of_val(&point));
}
