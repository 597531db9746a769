fn sorted_letters(s: &str) -> Vec<char> {
    let mut v: Vec<char> = s
        .to_lowercase()
        .chars()
        .filter(|c| c.is_alphabetic())
        .collect();
    v.sort_unstable();
    v
}

fn is_anagram(a: &str, b: &str) -> bool {
    a.to_lowercase() != b.to_lowercase() && sorted_letters(a) == sorted_letters(b)
}

fn main() {
    let pairs = [
        ("listen", "silent"),
        ("Dormitory", "dirty room"),
        ("hello", "world"),
        ("Stop", "stop"),
        ("ΑΒΓ", "γβα"),
    ];
    for (a, b) in pairs {
        println!("{:>10} / {:<10} -> {}", a, b, is_anagram(a, b));
    }

    let candidates = ["enlists", "google", "inlets", "banana", "tinsel"];
    let found: Vec<&str> = candidates.iter().copied().filter(|w| is_anagram("listen", w)).collect();
    println!("{:?}", found);
}
