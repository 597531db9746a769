// peekable lets a tokenizer look one character ahead.
#[derive(Debug)]
enum Token {
    Num(u32),
    Op(char),
}

struct Lexer<'a> {
    chars: std::iter::Peekable<std::str::Chars<'a>>,
}

impl<'a> Iterator for Lexer<'a> {
    type Item = Token;
    fn next(&mut self) -> Option<Token> {
        while let Some(&c) = self.chars.peek() {
            if c == ' ' {
                self.chars.next();
            } else {
                break;
            }
        }
        let c = self.chars.next()?;
        if let Some(d) = c.to_digit(10) {
            let mut n = d;
            while let Some(d2) = self.chars.peek().and_then(|c| c.to_digit(10)) {
                n = n * 10 + d2;
                self.chars.next();
            }
            Some(Token::Num(n))
        } else {
            Some(Token::Op(c))
        }
    }
}

fn main() {
    let lexer = Lexer { chars: "12 + 345 * 6".chars().peekable() };
    let tokens: Vec<Token> = lexer.collect();
    println!("{:?}", tokens);
}
