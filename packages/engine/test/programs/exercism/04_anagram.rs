// Anagram: pick the candidates that are anagrams of a word (case-insensitive, not the word itself).
use std::collections::HashSet;

fn sorted_letters(word: &str) -> Vec<char> {
    let mut letters: Vec<char> = word.to_lowercase().chars().collect();
    letters.sort_unstable();
    letters
}

pub fn anagrams_for<'a>(word: &str, possible_anagrams: &[&'a str]) -> HashSet<&'a str> {
    let lower = word.to_lowercase();
    let key = sorted_letters(word);
    possible_anagrams
        .iter()
        .filter(|c| c.to_lowercase() != lower)
        .filter(|c| sorted_letters(c) == key)
        .copied()
        .collect()
}

fn main() {
    let candidates = ["enlists", "google", "inlets", "banana", "Listen", "tinsel", "silent"];
    let found = anagrams_for("listen", &candidates);
    let mut sorted: Vec<&str> = found.into_iter().collect();
    sorted.sort();
    println!("anagrams of listen: {:?}", sorted);

    let none = anagrams_for("Orchestra", &["cashregister", "Carthorse", "radishes"]);
    println!("anagrams of Orchestra: {:?}", none.len());
}
