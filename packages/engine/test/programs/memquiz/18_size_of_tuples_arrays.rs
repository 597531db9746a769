use std::mem;

fn main() {
    println!("(u8, u32)  = {}", mem::size_of::<(u8, u32)>());
    println!("(u8, u8)   = {}", mem::size_of::<(u8, u8)>());
    println!("[u16; 3]   = {}", mem::size_of::<[u16; 3]>());
    println!("[u8; 0]    = {}", mem::size_of::<[u8; 0]>());
    println!("()         = {}", mem::size_of::<()>());
    println!("bool       = {}", mem::size_of::<bool>());
    println!("char       = {}", mem::size_of::<char>());
    let arr = [1u64, 2, 3, 4];
    println!("size_of_val(arr) = {}", mem::size_of_val(&arr));
}
