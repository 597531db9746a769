fn is_palindrome(s: &str) -> bool {
    let cleaned: Vec<char> = s
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(|c| c.to_lowercase())
        .collect();
    let n = cleaned.len();
    for i in 0..n / 2 {
        if cleaned[i] != cleaned[n - 1 - i] {
            return false;
        }
    }
    true
}

fn is_palindrome_simple(s: &str) -> bool {
    let forward: String = s.chars().collect();
    let backward: String = s.chars().rev().collect();
    forward == backward
}

fn main() {
    let tests = [
        "racecar",
        "A man, a plan, a canal: Panama!",
        "hello",
        "Was it a car or a cat I saw?",
        "А роза упала на лапу Азора",
        "",
    ];
    for t in tests {
        println!("{:<35} {}", format!("{:?}", t), is_palindrome(t));
    }
    println!("{}", is_palindrome_simple("level"));
    println!("{}", is_palindrome_simple("Level"));
}
