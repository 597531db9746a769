use std::mem::size_of;

fn main() {
    println!("&i32         -> {}", size_of::<&i32>());
    println!("Option<&i32> -> {}", size_of::<Option<&i32>>());
    println!("&[i32]       -> {}", size_of::<&[i32]>());
    println!("&String      -> {}", size_of::<&String>());
    println!("Box<[i32]>   -> {}", size_of::<Box<[i32]>>());
    println!("u128         -> {}", size_of::<u128>());
    println!("Option<u8>   -> {}", size_of::<Option<u8>>());
    println!("Option<bool> -> {}", size_of::<Option<bool>>());
}
