fn main() {
    // Modules can be declared inside a function body, though this is rare.
    mod helpers {
        pub fn is_palindrome(s: &str) -> bool {
            let cleaned: Vec<char> = s
                .chars()
                .filter(|c| c.is_alphanumeric())
                .map(|c| c.to_ascii_lowercase())
                .collect();
            cleaned.iter().eq(cleaned.iter().rev())
        }
    }

    let words = ["racecar", "A man, a plan, a canal: Panama", "rust", "Was it a car or a cat I saw?"];
    for w in words.iter() {
        println!("{:?} -> {}", w, helpers::is_palindrome(w));
    }
}
