use std::mem::{align_of, size_of};

#[allow(dead_code)]
struct Packet {
    flag: u8,
    id: u32,
    kind: u8,
}

#[allow(dead_code)]
#[repr(C)]
struct CPacket {
    flag: u8,
    id: u32,
    kind: u8,
}

fn main() {
    println!("Packet:  size {} align {}", size_of::<Packet>(), align_of::<Packet>());
    println!("CPacket: size {} align {}", size_of::<CPacket>(), align_of::<CPacket>());
    println!("fields alone: {}", size_of::<u8>() + size_of::<u32>() + size_of::<u8>());
}
