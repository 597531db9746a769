// Tokenize a simple arithmetic expression with a peekable iterator.
#[derive(Debug)]
enum Token {
    Num(u32),
    Op(char),
    LParen,
    RParen,
}

fn tokenize(src: &str) -> Vec<Token> {
    let mut tokens = Vec::new();
    let mut it = src.chars().peekable();
    while let Some(&c) = it.peek() {
        if c.is_ascii_digit() {
            let mut n = 0;
            while let Some(&d) = it.peek() {
                if let Some(v) = d.to_digit(10) {
                    n = n * 10 + v;
                    it.next();
                } else {
                    break;
                }
            }
            tokens.push(Token::Num(n));
        } else if c == '(' {
            tokens.push(Token::LParen);
            it.next();
        } else if c == ')' {
            tokens.push(Token::RParen);
            it.next();
        } else if "+-*/".contains(c) {
            tokens.push(Token::Op(c));
            it.next();
        } else {
            it.next();
        }
    }
    tokens
}

fn main() {
    let toks = tokenize("12 + (34 * 5) - 6");
    for t in &toks {
        println!("{:?}", t);
    }
    println!("{} tokens", toks.len());
}
