// Two words are anagrams when their sorted letters are equal.
fn signature(word: &str) -> Vec<char> {
    let mut chars: Vec<char> = word.to_lowercase().chars().filter(|c| c.is_alphabetic()).collect();
    chars.sort_unstable();
    chars
}

fn is_anagram(a: &str, b: &str) -> bool {
    signature(a) == signature(b)
}

fn main() {
    let pairs = [("listen", "silent"), ("Dormitory", "dirty room"), ("rust", "trust")];
    for (a, b) in pairs {
        println!("{} / {} -> {}", a, b, is_anagram(a, b));
    }
}
