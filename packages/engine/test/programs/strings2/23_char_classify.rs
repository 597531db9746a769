fn kind(c: char) -> &'static str {
    if c.is_alphabetic() {
        if c.is_uppercase() { "upper letter" } else { "lower letter" }
    } else if c.is_numeric() {
        "digit"
    } else if c.is_whitespace() {
        "whitespace"
    } else if c.is_ascii_punctuation() {
        "punctuation"
    } else {
        "other"
    }
}

fn main() {
    for c in "aZ9 !é€Ж".chars() {
        println!("{:?}: {}", c, kind(c));
    }

    let password = "Secr3t!";
    let has_upper = password.chars().any(|c| c.is_uppercase());
    let has_digit = password.chars().any(|c| c.is_ascii_digit());
    let all_alnum = password.chars().all(char::is_alphanumeric);
    println!("upper={} digit={} all_alnum={}", has_upper, has_digit, all_alnum);

    let letters = "Hello, Wörld 2024".chars().filter(|c| c.is_alphabetic()).count();
    println!("letters: {}", letters);
}
