// Turn an arithmetic string into tokens.
#[derive(Debug, PartialEq, Clone)]
enum Token {
    Number(u64),
    Plus,
    Minus,
    Star,
    Slash,
    LParen,
    RParen,
}

fn tokenize(input: &str) -> Vec<Token> {
    let chars: Vec<char> = input.chars().collect();
    let mut tokens = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c.is_ascii_digit() {
            let mut value = 0u64;
            while i < chars.len() && chars[i].is_ascii_digit() {
                value = value * 10 + chars[i].to_digit(10).unwrap() as u64;
                i += 1;
            }
            tokens.push(Token::Number(value));
            continue;
        }
        match c {
            '+' => tokens.push(Token::Plus),
            '-' => tokens.push(Token::Minus),
            '*' => tokens.push(Token::Star),
            '/' => tokens.push(Token::Slash),
            '(' => tokens.push(Token::LParen),
            ')' => tokens.push(Token::RParen),
            ' ' | '\t' => {}
            other => println!("skipping unexpected character {:?}", other),
        }
        i += 1;
    }
    tokens
}

fn main() {
    let inputs = ["3 + 4 * 2", "(12 - 7) / 5", "  42  ", "8 % 3"];
    for src in inputs {
        let toks = tokenize(src);
        println!("{:?} -> {} tokens", src, toks.len());
        for t in &toks {
            print!("{:?} ", t);
        }
        println!();
    }
    let numbers: u64 = tokenize("1 + 20 + 300")
        .iter()
        .filter_map(|t| match t {
            Token::Number(n) => Some(*n),
            _ => None,
        })
        .sum();
    println!("sum of literals = {}", numbers);
    assert_eq!(tokenize("()"), vec![Token::LParen, Token::RParen]);
}
