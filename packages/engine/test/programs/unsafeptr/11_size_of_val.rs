use std::mem;

// size_of_val measures the value you pass in, including unsized slices.
fn main() {
    let small: u8 = 1;
    let big: u64 = 1;
    let arr = [0u16; 5];
    let slice: &[u16] = &arr[1..4];
    let text = "hello";
    println!("u8: {}", mem::size_of_val(&small));
    println!("u64: {}", mem::size_of_val(&big));
    println!("[u16; 5]: {}", mem::size_of_val(&arr));
    println!("slice of 3 u16: {}", mem::size_of_val(slice));
    println!("str \"hello\": {}", mem::size_of_val(text));
}
