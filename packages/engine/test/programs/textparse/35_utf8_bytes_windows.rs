// Byte slices: validating UTF-8 and scanning with windows.
fn main() {
    let good: &[u8] = b"caf\xc3\xa9 ok";
    let bad: &[u8] = &[0x68, 0x69, 0xff, 0x21];

    match std::str::from_utf8(good) {
        Ok(s) => println!("good -> {:?} ({} chars)", s, s.chars().count()),
        Err(e) => println!("good failed: {}", e),
    }
    match std::str::from_utf8(bad) {
        Ok(s) => println!("bad -> {:?}", s),
        Err(e) => println!("bad failed: {} (valid up to {})", e, e.valid_up_to()),
    }
    println!("lossy: {}", String::from_utf8_lossy(bad));

    // Count occurrences of the byte pair "ab".
    let text = "abcabdabab";
    let pairs = text.as_bytes().windows(2).filter(|w| w == b"ab").count();
    println!("'ab' occurs {} times", pairs);
    let head = &text.as_bytes()[..3];
    println!("head bytes {:?} = {:?}", head, std::str::from_utf8(head).unwrap());
}
