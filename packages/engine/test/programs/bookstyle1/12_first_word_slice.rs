// Returning a string slice ties the result to the original text.
fn first_word(s: &str) -> &str {
    for (i, &byte) in s.as_bytes().iter().enumerate() {
        if byte == b' ' {
            return &s[..i];
        }
    }
    &s[..]
}

fn last_word(s: &str) -> &str {
    match s.rfind(' ') {
        Some(i) => &s[i + 1..],
        None => s,
    }
}

fn main() {
    let owned = String::from("borrow checker rules");
    let first = first_word(&owned);
    let last = last_word(&owned[..]);
    println!("first: {first}, last: {last}");

    // String literals are already &str.
    let literal = "single";
    println!("first of literal: {}", first_word(literal));

    let hello = &owned[0..6];
    let rest = &owned[7..];
    println!("[{hello}] [{rest}]");
}
