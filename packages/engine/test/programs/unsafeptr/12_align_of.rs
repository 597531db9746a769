use std::mem;

// Alignment: the address of a value must be a multiple of align_of.
#[allow(dead_code)]
struct Header {
    tag: u8,
    length: u32,
}

fn main() {
    println!("align_of u8  = {}", mem::align_of::<u8>());
    println!("align_of u16 = {}", mem::align_of::<u16>());
    println!("align_of u32 = {}", mem::align_of::<u32>());
    println!("align_of u64 = {}", mem::align_of::<u64>());
    println!("align_of Header = {}", mem::align_of::<Header>());
    println!("size_of Header  = {}", mem::size_of::<Header>());
}
