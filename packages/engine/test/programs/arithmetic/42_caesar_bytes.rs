// Caesar cipher using u8 arithmetic on ASCII letters.

fn shift_letter(c: u8, shift: u8) -> u8 {
    match c {
        b'a'..=b'z' => b'a' + (c - b'a' + shift) % 26,
        b'A'..=b'Z' => b'A' + (c - b'A' + shift) % 26,
        _ => c,
    }
}

fn caesar(text: &str, shift: u8) -> String {
    let bytes: Vec<u8> = text.bytes().map(|b| shift_letter(b, shift % 26)).collect();
    String::from_utf8(bytes).unwrap()
}

fn main() {
    let msg = "Hello, Rustaceans! Meet at 10pm.";
    let secret = caesar(msg, 3);
    println!("{}", secret);
    println!("{}", caesar(&secret, 23));
    println!("{}", caesar("xyz XYZ", 4));
    println!("rot13 twice: {}", caesar(&caesar("Ferris", 13), 13));
    println!("b'a' = {}, b'z' - b'a' = {}", b'a', b'z' - b'a');
}
