// String algorithms: reverse words, palindrome check ignoring punctuation.
fn reverse_words(s: &str) -> String {
    s.split_whitespace().rev().collect::<Vec<&str>>().join(" ")
}

fn reverse_each_word(s: &str) -> String {
    s.split(' ').map(|w| w.chars().rev().collect::<String>()).collect::<Vec<_>>().join(" ")
}

fn is_palindrome(s: &str) -> bool {
    let cleaned: Vec<char> = s.chars().filter(|c| c.is_alphanumeric()).map(|c| c.to_ascii_lowercase()).collect();
    let n = cleaned.len();
    (0..n / 2).all(|i| cleaned[i] == cleaned[n - 1 - i])
}

fn is_palindrome_bytes(s: &str) -> bool {
    let b = s.as_bytes();
    let mut iter = b.iter().zip(b.iter().rev());
    iter.all(|(x, y)| x == y)
}

fn longest_palindrome(s: &str) -> &str {
    let b = s.as_bytes();
    let mut best = (0, 0);
    for center in 0..b.len() {
        for &(mut l, mut r) in &[(center as isize, center as isize), (center as isize, center as isize + 1)] {
            while l >= 0 && (r as usize) < b.len() && b[l as usize] == b[r as usize] {
                l -= 1;
                r += 1;
            }
            let (start, end) = ((l + 1) as usize, r as usize);
            if end - start > best.1 - best.0 {
                best = (start, end);
            }
        }
    }
    &s[best.0..best.1]
}

fn main() {
    let line = "ownership is the heart of rust";
    println!("{}", reverse_words(line));
    println!("{}", reverse_each_word(line));
    for s in ["A man, a plan, a canal: Panama", "racecar", "memory", "", "No 'x' in Nixon"] {
        println!("{:?}: {}", s, is_palindrome(s));
    }
    println!("bytes: {} {}", is_palindrome_bytes("abba"), is_palindrome_bytes("abca"));
    for s in ["babad", "cbbd", "forgeeksskeegfor", "x"] {
        println!("longest in {} = {}", s, longest_palindrome(s));
    }
}
