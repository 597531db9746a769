fn reverse(s: &str) -> String {
    s.chars().rev().collect::<String>()
}

fn is_palindrome(s: &str) -> bool {
    let cleaned: String = s
        .chars()
        .filter(|c| c.is_alphanumeric())
        .map(|c| c.to_ascii_lowercase())
        .collect();
    cleaned == cleaned.chars().rev().collect::<String>()
}

fn main() {
    println!("{}", reverse("stressed"));
    println!("{}", reverse("hello, world"));
    for s in ["racecar", "A man, a plan, a canal: Panama", "rustacean"] {
        println!("{:?} palindrome? {}", s, is_palindrome(s));
    }
    let reversed_words: Vec<&str> = "one two three".split(' ').rev().collect();
    println!("{}", reversed_words.join(" "));
}
