// Converting between String and Vec<u8> keeps the same buffer.
fn main() {
    let mut s = String::with_capacity(12);
    s.push_str("bytes");
    println!("string: len={} cap={}", s.len(), s.capacity());
    let mut raw: Vec<u8> = s.into_bytes();
    println!("vec: len={} cap={}", raw.len(), raw.capacity());
    raw.push(b'!');
    let back = String::from_utf8(raw).unwrap();
    println!("back {:?}: len={} cap={}", back, back.len(), back.capacity());
    let boxed: Box<str> = back.into_boxed_str();
    println!("boxed str len={}", boxed.len());
    let again = boxed.into_string();
    println!("again: len={} cap={}", again.len(), again.capacity());
}
