// Bytes back to text: a Caesar shift over the bytes, then String::from_utf8, and its errors.
fn shift(text: &str, by: u8) -> String {
    let bytes: Vec<u8> = text
        .bytes()
        .map(|b| if b.is_ascii_lowercase() { (b - b'a' + by) % 26 + b'a' } else { b })
        .collect();
    String::from_utf8(bytes).unwrap()
}

fn main() {
    let secret = shift("attack at dawn", 3);
    println!("{} -> {}", secret, shift(&secret, 23));
    let word = vec![104, 105];
    let s = String::from_utf8(word).expect("valid");
    println!("{} {} {}", s, s.len(), s.capacity());
    let back = s.into_bytes();
    println!("{:?} {}", back, back.capacity());
    for bad in [vec![104, 255, 105], vec![0xe2, 0x82], vec![0xf0, 0x90, 0x41], vec![0xe0, 0x41]] {
        match String::from_utf8(bad) {
            Ok(s) => println!("ok {}", s),
            Err(e) => {
                println!("{}", e);
                println!("{:?}", e);
                println!("{} {:?}", e.utf8_error().valid_up_to(), e.utf8_error().error_len());
                let bytes = e.into_bytes();
                println!("{:?}", bytes);
            }
        }
    }
    let crab = String::from_utf8(vec![240, 159, 166, 128]).unwrap();
    println!("{} {}", crab, crab.chars().count());
}
