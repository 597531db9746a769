// A tiny tokenizer that hands out slices of its input instead of allocating.
#[derive(Debug)]
enum Token<'a> {
    Number(i64),
    Ident(&'a str),
    Symbol(char),
}

struct Lexer<'a> {
    src: &'a str,
    pos: usize,
}

impl<'a> Lexer<'a> {
    fn new(src: &'a str) -> Self {
        Lexer { src, pos: 0 }
    }

    fn next_token(&mut self) -> Option<Token<'a>> {
        let bytes = self.src.as_bytes();
        while self.pos < bytes.len() && bytes[self.pos] == b' ' {
            self.pos += 1;
        }
        if self.pos >= bytes.len() {
            return None;
        }
        let start = self.pos;
        let c = bytes[start];
        if c.is_ascii_digit() {
            while self.pos < bytes.len() && bytes[self.pos].is_ascii_digit() {
                self.pos += 1;
            }
            Some(Token::Number(self.src[start..self.pos].parse().unwrap()))
        } else if c.is_ascii_alphabetic() {
            while self.pos < bytes.len() && bytes[self.pos].is_ascii_alphanumeric() {
                self.pos += 1;
            }
            Some(Token::Ident(&self.src[start..self.pos]))
        } else {
            self.pos += 1;
            Some(Token::Symbol(c as char))
        }
    }
}

fn main() {
    let program = String::from("let x1 = 42 + y * 7");
    let mut lexer = Lexer::new(&program);
    let mut tokens = Vec::new();
    while let Some(tok) = lexer.next_token() {
        tokens.push(tok);
    }
    for t in &tokens {
        println!("{:?}", t);
    }
    println!("{} tokens", tokens.len());
}
