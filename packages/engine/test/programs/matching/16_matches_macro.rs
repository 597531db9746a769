#[derive(Debug)]
enum Token {
    Number(f64),
    Plus,
    Minus,
    Star,
    Slash,
    LParen,
    RParen,
}

fn is_operator(t: &Token) -> bool {
    matches!(t, Token::Plus | Token::Minus | Token::Star | Token::Slash)
}

fn main() {
    let tokens = vec![
        Token::LParen,
        Token::Number(1.5),
        Token::Plus,
        Token::Number(2.0),
        Token::RParen,
        Token::Star,
        Token::Number(-3.0),
    ];
    let ops = tokens.iter().filter(|t| is_operator(t)).count();
    let negatives = tokens.iter().filter(|t| matches!(t, Token::Number(n) if *n < 0.0)).count();
    let parens = tokens
        .iter()
        .filter(|t| matches!(t, Token::LParen | Token::RParen))
        .count();
    println!("operators: {}, negative numbers: {}, parens: {}", ops, negatives, parens);

    let c = 'f';
    println!("hex digit? {}", matches!(c, '0'..='9' | 'a'..='f' | 'A'..='F'));
    let v = Some(7);
    println!("small? {}", matches!(v, Some(x) if x < 10));
    println!("{:?}", tokens.last());
}
