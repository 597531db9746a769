use std::mem::size_of_val;

fn main() {
    let letter = 'A';
    println!("'A' as u32 = {}", letter as u32);
    println!("'A' as u8  = {}", letter as u8);

    // Only u8 can be cast straight to char
    let b: u8 = 0x61;
    println!("0x61 as char = {}", b as char);

    let crab = '🦀';
    println!("crab code point = U+{:X}", crab as u32);
    println!("crab as u8 (truncated) = {}", crab as u8);
    println!("char size {} utf8 len {}", size_of_val(&crab), crab.len_utf8());

    match char::from_u32(0x263A) {
        Some(c) => println!("from_u32(0x263A) = {}", c),
        None => println!("invalid"),
    }
    println!("from_u32(0xD800) valid? {}", char::from_u32(0xD800).is_some());
}
