fn main() {
    // Decoding a tiny binary header: [len: u16 BE][id: u32 LE]
    let packet: [u8; 6] = [0x01, 0x00, 0x2a, 0x00, 0x00, 0x00];

    let len = u16::from_be_bytes([packet[0], packet[1]]);
    let id = u32::from_le_bytes([packet[2], packet[3], packet[4], packet[5]]);
    println!("len = {}", len);
    println!("id  = {}", id);

    println!("u32 from [0,0,1,0] BE = {}", u32::from_be_bytes([0, 0, 1, 0]));
    println!("u32 from [0,0,1,0] LE = {}", u32::from_le_bytes([0, 0, 1, 0]));
    println!("i16 from [0xff,0xff]  = {}", i16::from_le_bytes([0xff, 0xff]));

    // Round trip
    let n: i64 = -123_456_789;
    let back = i64::from_be_bytes(n.to_be_bytes());
    println!("round trip ok: {}", back == n);
}
