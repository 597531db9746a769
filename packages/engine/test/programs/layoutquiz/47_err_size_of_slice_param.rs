use std::mem::size_of;

fn bytes_of<T>() -> usize {
    size_of::<T>()
}

fn main() {
    println!("[u8; 4] -> {}", bytes_of::<[u8; 4]>());
    println!("&[u8]   -> {}", bytes_of::<&[u8]>());
    // A slice without & is unsized
    println!("[u8]    -> {}", bytes_of::<[u8]>());
}
