// Recursion on strings: palindromes, reversal, digit sums
fn is_palindrome(s: &[u8]) -> bool {
    match s {
        [] | [_] => true,
        [first, middle @ .., last] => first == last && is_palindrome(middle),
    }
}

fn reverse(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        None => String::new(),
        Some(c) => reverse(chars.as_str()) + &c.to_string(),
    }
}

fn digit_sum(n: u32) -> u32 {
    if n < 10 { n } else { n % 10 + digit_sum(n / 10) }
}

fn digital_root(n: u32) -> u32 {
    if n < 10 { n } else { digital_root(digit_sum(n)) }
}

fn main() {
    for w in ["racecar", "level", "rust", "a", ""] {
        println!("{:?}: palindrome={} reversed={:?}", w, is_palindrome(w.as_bytes()), reverse(w));
    }
    println!("digit_sum(98765) = {}, root = {}", digit_sum(98765), digital_root(98765));
}
