// Atbash cipher: a<->z, b<->y, ...; encoded text grouped in blocks of five.
fn flip(c: char) -> Option<char> {
    if c.is_ascii_alphabetic() {
        let lower = c.to_ascii_lowercase();
        Some((b'z' - (lower as u8 - b'a')) as char)
    } else if c.is_ascii_digit() {
        Some(c)
    } else {
        None
    }
}

fn decode(cipher: &str) -> String {
    cipher.chars().filter_map(flip).collect()
}

fn encode(plain: &str) -> String {
    let letters: Vec<char> = plain.chars().filter_map(flip).collect();
    letters
        .chunks(5)
        .map(|chunk| chunk.iter().collect::<String>())
        .collect::<Vec<String>>()
        .join(" ")
}

fn main() {
    for p in ["yes", "OMG", "mindblowingly", "Testing,1 2 3, testing.", "The quick brown fox jumps over the lazy dog."] {
        let c = encode(p);
        println!("{:45} => {:40} => {}", p, c, decode(&c));
    }
}
