// Reverse a string, character by character.
pub fn reverse(input: &str) -> String {
    input.chars().rev().collect()
}

fn reverse_words(sentence: &str) -> String {
    sentence.split_whitespace().rev().collect::<Vec<_>>().join(" ")
}

fn main() {
    let samples = ["", "robot", "Ramen", "I'm hungry!", "racecar", "wörd"];
    for s in samples.iter() {
        let r = reverse(s);
        let palindrome = r == *s;
        println!("{:?} -> {:?} (palindrome: {})", s, r, palindrome);
    }
    println!("{}", reverse_words("the quick brown fox"));
}
