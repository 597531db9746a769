fn count_vowels(s: &str) -> usize {
    let mut count = 0;
    for c in s.chars() {
        match c.to_ascii_lowercase() {
            'a' | 'e' | 'i' | 'o' | 'u' => count += 1,
            _ => {}
        }
    }
    count
}

fn count_consonants(s: &str) -> usize {
    s.chars()
        .filter(|c| c.is_ascii_alphabetic() && !"aeiouAEIOU".contains(*c))
        .count()
}

fn main() {
    let samples = ["Hello World", "Rhythm", "AEIOU aeiou", "Programming in Rust"];
    for s in samples.iter() {
        println!(
            "{:<22} vowels={:>2} consonants={:>2}",
            s,
            count_vowels(s),
            count_consonants(s)
        );
    }
}
