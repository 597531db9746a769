// A lexer that implements Iterator and yields slices of the source.
#[derive(Debug, PartialEq)]
enum Token<'a> {
    Number(&'a str),
    Ident(&'a str),
    Symbol(char),
}

struct Lexer<'a> {
    src: &'a str,
    pos: usize,
}

impl<'a> Lexer<'a> {
    fn new(src: &'a str) -> Lexer<'a> {
        Lexer { src, pos: 0 }
    }

    fn take_while<F: Fn(char) -> bool>(&mut self, pred: F) -> &'a str {
        let start = self.pos;
        while let Some(c) = self.src[self.pos..].chars().next() {
            if !pred(c) {
                break;
            }
            self.pos += c.len_utf8();
        }
        &self.src[start..self.pos]
    }
}

impl<'a> Iterator for Lexer<'a> {
    type Item = Token<'a>;

    fn next(&mut self) -> Option<Token<'a>> {
        self.take_while(|c| c == ' ');
        let c = self.src[self.pos..].chars().next()?;
        if c.is_ascii_digit() {
            Some(Token::Number(self.take_while(|c| c.is_ascii_digit())))
        } else if c.is_alphabetic() {
            Some(Token::Ident(self.take_while(|c| c.is_alphanumeric())))
        } else {
            self.pos += c.len_utf8();
            Some(Token::Symbol(c))
        }
    }
}

fn main() {
    let program = String::from("total = price * 12 + tax2");
    let tokens: Vec<Token> = Lexer::new(&program).collect();
    for t in &tokens {
        println!("{:?}", t);
    }
    let idents = tokens.iter().filter(|t| matches!(t, Token::Ident(_))).count();
    println!("{} tokens, {} identifiers", tokens.len(), idents);
}
