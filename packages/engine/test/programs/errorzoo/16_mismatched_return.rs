// Quiz: the function promises one type and returns another.
fn count_vowels(word: &str) -> usize {
    let mut n = 0;
    for c in word.chars() {
        if "aeiou".contains(c) {
            n += 1;
        }
    }
    n
}

fn longest_word(words: &[&str]) -> usize {
    let mut best = "";
    for w in words {
        if w.len() > best.len() {
            best = w;
        }
    }
    // Returns the word itself, but the signature says a number.
    best
}

fn main() {
    let words = ["tree", "banana", "sky"];
    println!("{}", longest_word(&words));
    println!("{}", count_vowels("banana"));
}
