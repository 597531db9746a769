use std::mem;

// Two bytes in, one u16 out; compare with the safe from_ne_bytes.
fn main() {
    let raw: [u8; 2] = [0x34, 0x12];
    let joined: u16 = unsafe { mem::transmute(raw) };
    let safe = u16::from_ne_bytes(raw);
    println!("transmute == from_ne_bytes: {}", joined == safe);
    println!("from_le_bytes: {:#06x}", u16::from_le_bytes(raw));
    println!("from_be_bytes: {:#06x}", u16::from_be_bytes(raw));
    let signed: i16 = unsafe { mem::transmute(0xffffu16) };
    println!("0xffff as i16 bits: {}", signed);
}
