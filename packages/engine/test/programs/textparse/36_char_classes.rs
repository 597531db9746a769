// A table of char classification methods.
fn describe(c: char) -> String {
    let mut tags = Vec::new();
    if c.is_alphabetic() { tags.push("alpha"); }
    if c.is_numeric() { tags.push("numeric"); }
    if c.is_ascii_punctuation() { tags.push("punct"); }
    if c.is_whitespace() { tags.push("space"); }
    if c.is_uppercase() { tags.push("upper"); }
    if c.is_lowercase() { tags.push("lower"); }
    if c.is_ascii() { tags.push("ascii"); }
    tags.join(",")
}

fn main() {
    for c in ['a', 'Q', '7', ' ', '?', 'é', 'ß', '\t'] {
        println!("{:?}: {}", c, describe(c));
    }
    let parsed: Result<char, _> = "x".parse::<char>();
    let too_long = "xy".parse::<char>();
    println!("{:?} {:?}", parsed, too_long.is_err());
    println!("'ß'.to_uppercase() = {}", 'ß'.to_uppercase());
    println!("'é'.to_ascii_uppercase() = {}", 'é'.to_ascii_uppercase());
    println!("'9' as u32 - '0' as u32 = {}", '9' as u32 - '0' as u32);
}
