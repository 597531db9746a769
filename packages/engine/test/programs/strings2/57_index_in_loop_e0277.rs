// Student attempt: check for a palindrome by indexing.
fn is_palindrome(s: &str) -> bool {
    let n = s.len();
    for i in 0..n / 2 {
        if s[i] != s[n - 1 - i] {
            return false;
        }
    }
    true
}

fn main() {
    println!("{}", is_palindrome("racecar"));
}
