fn normalize(word: &str) -> Vec<char> {
    let mut letters: Vec<char> = word
        .to_lowercase()
        .chars()
        .filter(|c| c.is_alphabetic())
        .collect();
    letters.sort_unstable();
    letters
}

fn is_anagram(a: &str, b: &str) -> bool {
    a.to_lowercase() != b.to_lowercase() && normalize(a) == normalize(b)
}

fn main() {
    let pairs = [
        ("listen", "silent"),
        ("Dormitory", "dirty room"),
        ("hello", "world"),
        ("Astronomer", "Moon starer"),
        ("stop", "Stop"),
    ];
    for (a, b) in pairs.iter() {
        println!("{:>12} / {:<12} -> {}", a, b, is_anagram(a, b));
    }

    let target = "master";
    let candidates = vec!["stream", "pigeon", "maters", "tamers", "mastery"];
    let found: Vec<&str> = candidates.into_iter().filter(|c| is_anagram(target, c)).collect();
    println!("anagrams of {}: {:?}", target, found);
    let key: String = normalize(target).into_iter().collect();
    println!("sorted key: {}", key);
}
