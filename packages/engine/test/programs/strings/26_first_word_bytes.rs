fn first_word(s: &str) -> &str {
    let bytes = s.as_bytes();
    for (i, &item) in bytes.iter().enumerate() {
        if item == b' ' {
            return &s[..i];
        }
    }
    s
}

fn last_word(s: &str) -> &str {
    match s.rfind(' ') {
        Some(pos) => &s[pos + 1..],
        None => s,
    }
}

fn main() {
    let mut s = String::from("hello beautiful world");
    {
        let w = first_word(&s);
        println!("first: {}", w);
        println!("last: {}", last_word(&s));
    }
    s.clear();
    println!("after clear: '{}' first='{}'", s, first_word(&s));
    s.push_str("single");
    println!("first='{}' last='{}'", first_word(&s), last_word(&s));
}
