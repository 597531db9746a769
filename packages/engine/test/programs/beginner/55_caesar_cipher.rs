fn shift_char(c: char, key: u8) -> char {
    if c.is_ascii_lowercase() {
        let offset = (c as u8 - b'a' + key) % 26;
        (b'a' + offset) as char
    } else if c.is_ascii_uppercase() {
        let offset = (c as u8 - b'A' + key) % 26;
        (b'A' + offset) as char
    } else {
        c
    }
}

fn encrypt(text: &str, key: u8) -> String {
    let mut out = String::new();
    for c in text.chars() {
        out.push(shift_char(c, key));
    }
    out
}

fn main() {
    let plain = "Hello, World! xyz";
    let secret = encrypt(plain, 3);
    println!("{}", plain);
    println!("{}", secret);
    println!("{}", encrypt(&secret, 23));
}
