// Two words are anagrams if their letter counts match.
fn letter_counts(word: &str) -> [usize; 26] {
    let mut counts = [0usize; 26];
    for b in word.bytes() {
        if b.is_ascii_alphabetic() {
            let idx = (b.to_ascii_lowercase() - b'a') as usize;
            counts[idx] += 1;
        }
    }
    counts
}

fn are_anagrams(a: &str, b: &str) -> bool {
    letter_counts(a) == letter_counts(b)
}

fn sorted_key(word: &str) -> String {
    let mut chars: Vec<char> = word.to_lowercase().chars().collect();
    chars.sort();
    chars.into_iter().collect()
}

fn main() {
    let pairs = [
        ("listen", "silent"),
        ("Dormitory", "dirty room"),
        ("apple", "paper"),
        ("evil", "vile"),
    ];
    for (a, b) in pairs {
        println!("{} / {} -> {}", a, b, are_anagrams(a, b));
    }

    let mut words = vec!["stop", "pots", "tops", "opts", "post", "spot", "step"];
    words.sort_by_key(|w| sorted_key(w));
    println!("{:?}", words);
}
