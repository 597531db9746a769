fn shift_char(c: char, shift: u8) -> char {
    if c.is_ascii_lowercase() {
        (((c as u8 - b'a' + shift) % 26) + b'a') as char
    } else if c.is_ascii_uppercase() {
        (((c as u8 - b'A' + shift) % 26) + b'A') as char
    } else {
        c
    }
}

fn encrypt(text: &str, shift: u8) -> String {
    text.chars().map(|c| shift_char(c, shift % 26)).collect()
}

fn decrypt(text: &str, shift: u8) -> String {
    encrypt(text, 26 - shift % 26)
}

fn main() {
    let msg = "Veni, Vidi, Vici!";
    let secret = encrypt(msg, 3);
    println!("plain:  {}", msg);
    println!("cipher: {}", secret);
    println!("back:   {}", decrypt(&secret, 3));

    println!("rot13 twice: {}", encrypt(&encrypt("Hello, World", 13), 13));

    // brute force: try every key and print them all
    let unknown = "Wkh txlfn eurzq ira";
    for key in 1..=5 {
        println!("key {:2}: {}", key, decrypt(unknown, key));
    }
}
