use std::mem::{align_of, size_of};

// With repr(C), fields stay in the written order, like in C
#[repr(C)]
struct Header {
    version: u8,
    length: u32,
    checksum: u8,
}

fn main() {
    let h = Header { version: 2, length: 512, checksum: 0xAB };
    println!("version {} length {} checksum {:#x}", h.version, h.length, h.checksum);

    // 1 byte + 3 padding + 4 bytes + 1 byte + 3 trailing padding
    println!("size  = {}", size_of::<Header>());
    println!("align = {}", align_of::<Header>());
}
