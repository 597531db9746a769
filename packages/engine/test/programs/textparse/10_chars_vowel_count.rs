// Counting vowels, consonants and other characters with chars().
fn main() {
    let text = "Programming in Rust, 2024 edition!";
    let mut vowels = 0;
    let mut consonants = 0;
    let mut digits = 0;
    let mut other = 0;

    for c in text.chars() {
        let lower = c.to_ascii_lowercase();
        if "aeiou".contains(lower) {
            vowels += 1;
        } else if c.is_alphabetic() {
            consonants += 1;
        } else if c.is_ascii_digit() {
            digits += 1;
        } else {
            other += 1;
        }
    }
    println!("vowels={} consonants={} digits={} other={}", vowels, consonants, digits, other);
    println!("total chars = {}", text.chars().count());
    let reversed: String = text.chars().rev().collect();
    println!("reversed: {}", reversed);
}
