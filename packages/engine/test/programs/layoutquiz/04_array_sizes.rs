use std::mem::{size_of, size_of_val};

fn main() {
    // An array is just N elements back to back, no header
    println!("[u8; 10]       = {}", size_of::<[u8; 10]>());
    println!("[u32; 4]       = {}", size_of::<[u32; 4]>());
    println!("[[u16; 3]; 2]  = {}", size_of::<[[u16; 3]; 2]>());
    println!("[bool; 7]      = {}", size_of::<[bool; 7]>());
    println!("[(u8, u16); 3] = {}", size_of::<[(u8, u16); 3]>());

    let grid = [[0i64; 4]; 3];
    println!("grid holds {} rows, {} bytes", grid.len(), size_of_val(&grid));

    let row = grid[0];
    println!("one row is {} bytes", size_of_val(&row));
}
