#[derive(Debug, Clone, Copy, PartialEq)]
enum Token {
    Num(i64),
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

fn is_small_num(t: &Token) -> bool {
    matches!(t, Token::Num(n) if n.abs() < 10)
}

fn main() {
    let tokens = vec![
        Token::LParen,
        Token::Num(3),
        Token::Plus,
        Token::Num(42),
        Token::RParen,
        Token::Star,
        Token::Num(-7),
        Token::Slash,
        Token::Num(2),
    ];
    let ops = tokens.iter().filter(|t| is_operator(t)).count();
    let small: Vec<&Token> = tokens.iter().filter(|t| is_small_num(t)).collect();
    let parens = tokens
        .iter()
        .filter(|t| matches!(**t, Token::LParen | Token::RParen))
        .count();
    println!("operators: {}", ops);
    println!("small numbers: {:?}", small);
    println!("parens: {}", parens);
    let starts_with_paren = matches!(tokens.first(), Some(Token::LParen));
    println!("starts with '(': {}", starts_with_paren);
    let c = 'x';
    println!("is hex digit letter? {}", matches!(c, 'a'..='f' | 'A'..='F'));
}
