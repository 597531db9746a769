// Pangram: a sentence that uses every letter of the alphabet at least once.
pub fn is_pangram(sentence: &str) -> bool {
    let lower = sentence.to_lowercase();
    ('a'..='z').all(|letter| lower.contains(letter))
}

fn missing_letters(sentence: &str) -> String {
    let lower = sentence.to_ascii_lowercase();
    ('a'..='z').filter(|c| !lower.contains(*c)).collect()
}

fn main() {
    let sentences = [
        "The quick brown fox jumps over the lazy dog.",
        "a quick movement of the enemy will jeopardize five gunboats",
        "Five quacking Zephyrs jolt my wax bed.",
        "",
    ];
    for s in sentences {
        println!("{:?}: pangram={} missing={:?}", s, is_pangram(s), missing_letters(s));
    }
}
