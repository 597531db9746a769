fn shift_char(c: char, shift: u8) -> char {
    if c.is_ascii_lowercase() {
        (((c as u8 - b'a' + shift) % 26) + b'a') as char
    } else if c.is_ascii_uppercase() {
        (((c as u8 - b'A' + shift) % 26) + b'A') as char
    } else {
        c
    }
}

fn encrypt(plain: &str, shift: u8) -> String {
    plain.chars().map(|c| shift_char(c, shift % 26)).collect()
}

fn decrypt(cipher: &str, shift: u8) -> String {
    encrypt(cipher, 26 - shift % 26)
}

fn main() {
    let message = "Veni, Vidi, Vici!";
    for shift in [1u8, 3, 13, 25] {
        let secret = encrypt(message, shift);
        let back = decrypt(&secret, shift);
        println!("shift {:>2}: {} -> {}", shift, secret, back);
        assert_eq!(back, message);
    }
}
