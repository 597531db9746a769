fn main() {
    let magic: u32 = 0x1234_5678;
    let le = magic.to_le_bytes();
    let be = magic.to_be_bytes();
    println!("little endian: {:02x?}", le);
    println!("big endian:    {:02x?}", be);

    let port: u16 = 8080;
    println!("port {} as network bytes {:?}", port, port.to_be_bytes());

    let neg: i32 = -2;
    println!("-2i32 le {:?}", neg.to_le_bytes());

    let pi = 1.5f32;
    println!("1.5f32 be {:02x?}", pi.to_be_bytes());
    println!("bytes in a u64: {}", 0u64.to_ne_bytes().len());
}
