fn is_palindrome(s: &str) -> bool {
    let cleaned: Vec<char> = s
        .chars()
        .filter(|c| c.is_alphanumeric())
        .map(|c| c.to_ascii_lowercase())
        .collect();
    let n = cleaned.len();
    for i in 0..n / 2 {
        if cleaned[i] != cleaned[n - 1 - i] {
            return false;
        }
    }
    true
}

fn is_palindrome_iter(s: &str) -> bool {
    let forward = s.chars().filter(|c| c.is_alphanumeric()).map(|c| c.to_ascii_lowercase());
    let backward = s.chars().rev().filter(|c| c.is_alphanumeric()).map(|c| c.to_ascii_lowercase());
    forward.eq(backward)
}

fn main() {
    let candidates = [
        "racecar",
        "A man, a plan, a canal: Panama",
        "hello",
        "Was it a car or a cat I saw?",
        "",
        "No lemon, no melon",
        "Rust",
    ];
    for c in candidates.iter() {
        println!("{:<32} {:<5} {}", format!("{:?}", c), is_palindrome(c), is_palindrome_iter(c));
    }
}
