use std::fmt;

#[derive(Debug, PartialEq)]
enum UsernameError {
    TooShort(usize),
    TooLong(usize),
    InvalidChar(char),
    StartsWithDigit,
}

impl fmt::Display for UsernameError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            UsernameError::TooShort(n) => write!(f, "too short ({} chars, need at least 3)", n),
            UsernameError::TooLong(n) => write!(f, "too long ({} chars, max 12)", n),
            UsernameError::InvalidChar(c) => write!(f, "invalid character '{}'", c),
            UsernameError::StartsWithDigit => write!(f, "must not start with a digit"),
        }
    }
}

fn validate(name: &str) -> Result<&str, UsernameError> {
    let len = name.chars().count();
    if len < 3 {
        return Err(UsernameError::TooShort(len));
    }
    if len > 12 {
        return Err(UsernameError::TooLong(len));
    }
    if let Some(bad) = name.chars().find(|c| !(c.is_ascii_alphanumeric() || *c == '_')) {
        return Err(UsernameError::InvalidChar(bad));
    }
    if name.chars().next().map_or(false, |c| c.is_ascii_digit()) {
        return Err(UsernameError::StartsWithDigit);
    }
    Ok(name)
}

fn main() {
    let candidates = ["ferris", "al", "this_name_is_way_too_long", "bad-name", "9lives", "user_42"];
    for c in candidates {
        match validate(c) {
            Ok(n) => println!("accepted: {}", n),
            Err(e) => println!("rejected {:<28} {}", c, e),
        }
    }
    assert_eq!(validate("ab"), Err(UsernameError::TooShort(2)));
    println!("assertion passed");
}
