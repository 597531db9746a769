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

fn is_palindrome_number(n: u32) -> bool {
    let mut reversed = 0;
    let mut rest = n;
    while rest > 0 {
        reversed = reversed * 10 + rest % 10;
        rest /= 10;
    }
    reversed == n
}

fn main() {
    let phrases = [
        "racecar",
        "A man, a plan, a canal: Panama",
        "hello",
        "Was it a car or a cat I saw?",
        "",
        "ab",
    ];
    for p in &phrases {
        println!("{:35} -> {}", format!("{:?}", p), is_palindrome(p));
    }
    let pals: Vec<u32> = (100..200).filter(|&n| is_palindrome_number(n)).collect();
    println!("palindromic numbers 100..200: {:?}", pals);
}
