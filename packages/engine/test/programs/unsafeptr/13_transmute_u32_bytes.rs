use std::mem;

// transmute reinterprets bits; both types must have the same size.
fn main() {
    let n: u32 = 0x01020304;
    let bytes: [u8; 4] = unsafe { mem::transmute(n) };
    // The safe way gives the same answer and says which byte order we mean.
    let safe = n.to_ne_bytes();
    println!("transmute matches to_ne_bytes: {}", bytes == safe);
    println!("little endian: {:?}", n.to_le_bytes());
    println!("big endian: {:?}", n.to_be_bytes());

    let back: u32 = unsafe { mem::transmute(bytes) };
    println!("round trip: {:#x}", back);
}
