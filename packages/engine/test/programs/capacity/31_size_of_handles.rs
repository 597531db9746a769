// The handle on the stack is small; the data lives on the heap.
use std::mem::size_of;

fn main() {
    println!("Vec<u8>         = {} bytes", size_of::<Vec<u8>>());
    println!("Vec<u64>        = {} bytes", size_of::<Vec<u64>>());
    println!("String          = {} bytes", size_of::<String>());
    println!("Box<[i32]>      = {} bytes", size_of::<Box<[i32]>>());
    println!("Box<str>        = {} bytes", size_of::<Box<str>>());
    println!("Option<Vec<i32>> = {} bytes", size_of::<Option<Vec<i32>>>());
    println!("&[i32]          = {} bytes", size_of::<&[i32]>());
    let big: Vec<u64> = vec![0; 1000];
    println!("a Vec of 1000 u64 is still {} bytes on the stack", size_of::<Vec<u64>>());
    println!("its heap buffer holds {} bytes", big.capacity() * size_of::<u64>());
}
