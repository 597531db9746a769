// Rotational cipher (Caesar / ROT-n).
fn rotate_char(c: char, key: u8) -> char {
    let base = if c.is_ascii_lowercase() {
        b'a'
    } else if c.is_ascii_uppercase() {
        b'A'
    } else {
        return c;
    };
    (((c as u8 - base + key) % 26) + base) as char
}

pub fn rotate(input: &str, key: u8) -> String {
    input.chars().map(|c| rotate_char(c, key % 26)).collect()
}

fn main() {
    println!("{}", rotate("a", 1));
    println!("{}", rotate("omg", 5));
    println!("{}", rotate("Let's eat, Grandma!", 21));
    let secret = rotate("The quick brown fox jumps over the lazy dog.", 13);
    println!("{}", secret);
    println!("{}", rotate(&secret, 13));
    println!("{}", rotate("Zebra", 26));
}
