use std::mem::{align_of, size_of};

// Rust is free to reorder fields to reduce padding
struct Packet {
    flag: u8,
    id: u32,
    kind: u8,
}

fn main() {
    let p = Packet { flag: 1, id: 42, kind: 7 };
    println!("flag={} id={} kind={}", p.flag, p.id, p.kind);

    // Written order would need 1 + 3 pad + 4 + 1 + 3 pad = 12 bytes,
    // but the default layout can put both u8 fields together.
    println!("size_of::<Packet>() = {}", size_of::<Packet>());
    println!("align_of::<Packet>() = {}", align_of::<Packet>());
}
