fn first_word(s: &str) -> &str {
    let bytes = s.as_bytes();
    for (i, &b) in bytes.iter().enumerate() {
        if b == b' ' {
            return &s[..i];
        }
    }
    &s[..]
}

fn main() {
    let mut sentence = String::from("hello wonderful world");
    let word = first_word(&sentence);
    sentence.clear();
    println!("the first word is: {}", word);
}
