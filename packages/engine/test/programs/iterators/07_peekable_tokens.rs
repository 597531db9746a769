#[derive(Debug)]
enum Token {
    Number(u32),
    Plus,
    Times,
}

fn tokenize(input: &str) -> Vec<Token> {
    let mut tokens = Vec::new();
    let mut chars = input.chars().peekable();
    while let Some(&c) = chars.peek() {
        if c.is_ascii_digit() {
            let mut value = 0;
            while let Some(&d) = chars.peek() {
                if let Some(digit) = d.to_digit(10) {
                    value = value * 10 + digit;
                    chars.next();
                } else {
                    break;
                }
            }
            tokens.push(Token::Number(value));
        } else if c == '+' {
            tokens.push(Token::Plus);
            chars.next();
        } else if c == '*' {
            tokens.push(Token::Times);
            chars.next();
        } else {
            chars.next();
        }
    }
    tokens
}

fn main() {
    let tokens = tokenize("12 + 345 * 6");
    for t in &tokens {
        println!("{:?}", t);
    }
    println!("{} tokens", tokens.len());
}
