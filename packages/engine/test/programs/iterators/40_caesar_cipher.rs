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
    text.chars().map(|c| shift_char(c, key)).collect()
}

fn decrypt(text: &str, key: u8) -> String {
    encrypt(text, 26 - key % 26)
}

fn main() {
    let message = "Meet me at the Old Bridge, 9pm!";
    let secret = encrypt(message, 3);
    println!("encrypted: {}", secret);
    println!("decrypted: {}", decrypt(&secret, 3));

    let letters = message.chars().filter(|c| c.is_alphabetic()).count();
    println!("letters: {}", letters);

    let best_guess = (0..26u8)
        .map(|k| (k, decrypt(&secret, k)))
        .find(|(_, plain)| plain.contains("Bridge"));
    if let Some((k, plain)) = best_guess {
        println!("brute force found key {}: {}", k, plain);
    }
}
