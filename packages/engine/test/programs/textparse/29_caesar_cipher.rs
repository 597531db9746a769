// A Caesar cipher that shifts letters and leaves everything else alone.
fn shift_char(c: char, key: u8) -> char {
    if c.is_ascii_lowercase() {
        (((c as u8 - b'a' + key) % 26) + b'a') as char
    } else if c.is_ascii_uppercase() {
        (((c as u8 - b'A' + key) % 26) + b'A') as char
    } else {
        c
    }
}

fn encrypt(text: &str, key: u8) -> String {
    text.chars().map(|c| shift_char(c, key % 26)).collect()
}

fn main() {
    let plain = "Attack at Dawn, zone 9!";
    let secret = encrypt(plain, 3);
    println!("encrypted: {}", secret);
    let back = encrypt(&secret, 26 - 3);
    println!("decrypted: {}", back);
    assert_eq!(plain, back);
    println!("rot13 twice: {}", encrypt(&encrypt("Hello", 13), 13));
}
