// Working with raw bytes: a simple checksum and ASCII checks.
fn checksum(s: &str) -> u32 {
    let mut sum: u32 = 0;
    for b in s.bytes() {
        sum = sum.wrapping_mul(31).wrapping_add(b as u32);
    }
    sum
}

fn main() {
    let messages = ["hello", "Hello", "world", ""];
    for m in messages {
        println!("{:?} -> {}", m, checksum(m));
    }

    let data = "Rust!";
    let bytes = data.as_bytes();
    println!("bytes: {:?}", bytes);
    println!("first byte is uppercase letter: {}", bytes[0].is_ascii_uppercase());
    let shifted: Vec<u8> = bytes.iter().map(|b| b.to_ascii_lowercase()).collect();
    let back = String::from_utf8(shifted).unwrap();
    println!("lowercased via bytes: {}", back);
    println!("b'A' = {}, b'a' - b'A' = {}", b'A', b'a' - b'A');
}
