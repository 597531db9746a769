// unwrap on Err prints the error with its Debug format.
#[derive(Debug)]
enum ParseError {
    Empty,
    BadDigit { pos: usize, ch: char },
}

fn parse_digits(s: &str) -> Result<u32, ParseError> {
    if s.is_empty() {
        return Err(ParseError::Empty);
    }
    let mut total = 0;
    for (pos, ch) in s.chars().enumerate() {
        match ch.to_digit(10) {
            Some(d) => total = total * 10 + d,
            None => return Err(ParseError::BadDigit { pos, ch }),
        }
    }
    Ok(total)
}

fn main() {
    println!("{:?}", parse_digits(""));
    println!("{}", parse_digits("42").unwrap());
    let n = parse_digits("4x2").unwrap();
    println!("never: {}", n);
}
