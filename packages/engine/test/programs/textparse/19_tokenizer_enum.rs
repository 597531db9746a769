// A tiny tokenizer for arithmetic expressions.
#[derive(Debug, PartialEq)]
enum Token {
    Num(i64),
    Plus,
    Minus,
    Star,
    Slash,
    LParen,
    RParen,
}

fn tokenize(src: &str) -> Result<Vec<Token>, String> {
    let mut tokens = Vec::new();
    let chars: Vec<char> = src.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        if c.is_ascii_digit() {
            let mut value = 0i64;
            while i < chars.len() && chars[i].is_ascii_digit() {
                value = value * 10 + chars[i].to_digit(10).unwrap() as i64;
                i += 1;
            }
            tokens.push(Token::Num(value));
            continue;
        }
        let tok = match c {
            '+' => Token::Plus,
            '-' => Token::Minus,
            '*' => Token::Star,
            '/' => Token::Slash,
            '(' => Token::LParen,
            ')' => Token::RParen,
            other => return Err(format!("unexpected {:?} at {}", other, i)),
        };
        tokens.push(tok);
        i += 1;
    }
    Ok(tokens)
}

fn main() {
    println!("{:?}", tokenize("12 + 3*(40 - 1)"));
    println!("{:?}", tokenize("7 % 2"));
    let toks = tokenize("1+1").unwrap();
    println!("count = {}, first = {:?}", toks.len(), toks[0]);
}
