// Exercise: convert words to pig latin.
fn is_vowel(c: char) -> bool {
    matches!(c.to_ascii_lowercase(), 'a' | 'e' | 'i' | 'o' | 'u')
}

fn pig_latin_word(word: &str) -> String {
    let mut chars = word.chars();
    match chars.next() {
        None => String::new(),
        Some(first) if is_vowel(first) => format!("{word}-hay"),
        Some(first) => {
            let rest: String = chars.collect();
            format!("{rest}-{}ay", first.to_ascii_lowercase())
        }
    }
}

fn pig_latin(sentence: &str) -> String {
    let words: Vec<String> = sentence.split_whitespace().map(pig_latin_word).collect();
    words.join(" ")
}

fn main() {
    for s in ["first apple", "the quick brown fox", "Rust is fun"] {
        println!("{s} => {}", pig_latin(s));
    }
}
