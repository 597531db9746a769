fn is_vowel(c: char) -> bool {
    matches!(c.to_ascii_lowercase(), 'a' | 'e' | 'i' | 'o' | 'u')
}

fn count_vowels(s: &str) -> (usize, usize) {
    let mut vowels = 0;
    let mut consonants = 0;
    for c in s.chars() {
        if !c.is_alphabetic() {
            continue;
        }
        if is_vowel(c) {
            vowels += 1;
        } else {
            consonants += 1;
        }
    }
    (vowels, consonants)
}

fn remove_vowels(s: &str) -> String {
    s.chars().filter(|&c| !is_vowel(c)).collect()
}

fn main() {
    let samples = ["Programming in Rust", "rhythm", "AEIOU and sometimes Y", ""];
    for s in &samples {
        let (v, c) = count_vowels(s);
        println!("{:<24} vowels={:<2} consonants={:<2} no vowels: {:?}", format!("{:?}", s), v, c, remove_vowels(s));
    }
}
