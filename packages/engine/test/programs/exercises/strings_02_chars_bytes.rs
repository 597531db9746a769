fn is_palindrome(s: &str) -> bool {
    let cleaned: Vec<char> = s.chars().filter(|c| c.is_alphanumeric()).map(|c| c.to_ascii_lowercase()).collect();
    let n = cleaned.len();
    (0..n / 2).all(|i| cleaned[i] == cleaned[n - 1 - i])
}

fn caesar(s: &str, shift: u8) -> String {
    s.chars()
        .map(|c| {
            if c.is_ascii_lowercase() {
                (((c as u8 - b'a' + shift) % 26) + b'a') as char
            } else if c.is_ascii_uppercase() {
                (((c as u8 - b'A' + shift) % 26) + b'A') as char
            } else {
                c
            }
        })
        .collect()
}

fn main() {
    let s = "héllo wörld";
    println!("bytes {} chars {}", s.len(), s.chars().count());
    for (i, c) in s.char_indices().filter(|(_, c)| !c.is_ascii()) {
        println!("non-ascii {:?} at byte {} ({} bytes)", c, i, c.len_utf8());
    }
    let bytes: Vec<u8> = "AZaz09".bytes().collect();
    println!("{:?}", bytes);
    for p in ["A man, a plan, a canal: Panama", "hello", "No lemon, no melon"] {
        println!("{:?} palindrome? {}", p, is_palindrome(p));
    }
    let secret = caesar("Hello, World!", 3);
    println!("{} -> {}", secret, caesar(&secret, 23));
    let reversed: String = "stressed".chars().rev().collect();
    println!("{}", reversed);
    let digits: u32 = "a1b2c3".chars().filter_map(|c| c.to_digit(10)).sum();
    println!("digit sum {}", digits);
    let vowels = "programming".chars().filter(|c| "aeiou".contains(*c)).count();
    println!("vowels {}", vowels);
    let first = s.chars().next().unwrap();
    let last = s.chars().last().unwrap();
    println!("{} {}", first, last);
    let nth = s.chars().nth(1);
    println!("{:?}", nth);
    println!("{}", 'z' as u32 - 'a' as u32);
    println!("{:?}", char::from_u32(0x41));
}
