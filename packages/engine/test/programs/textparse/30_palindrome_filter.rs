// Palindrome check that ignores case, spaces and punctuation.
fn is_palindrome(s: &str) -> bool {
    let cleaned: Vec<char> = s
        .chars()
        .filter(|c| c.is_alphanumeric())
        .map(|c| c.to_ascii_lowercase())
        .collect();
    let n = cleaned.len();
    (0..n / 2).all(|i| cleaned[i] == cleaned[n - 1 - i])
}

fn main() {
    let candidates = [
        "A man, a plan, a canal: Panama",
        "racecar",
        "hello",
        "No 'x' in Nixon",
        "",
        "ab",
    ];
    for c in candidates {
        println!("{:<32} {}", format!("{:?}", c), is_palindrome(c));
    }
}
