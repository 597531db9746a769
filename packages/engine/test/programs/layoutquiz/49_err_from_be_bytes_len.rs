fn main() {
    let frame: [u8; 4] = [0x00, 0x10, 0xff, 0x01];
    let kind = u16::from_be_bytes([frame[0], frame[1]]);
    // A u32 is built from exactly four bytes
    let value = u32::from_be_bytes([frame[2], frame[3]]);
    println!("kind {} value {}", kind, value);
}
