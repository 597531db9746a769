// Tokenizer + recursive-descent parser + evaluator for arithmetic.
//   expr   := term (('+' | '-') term)*
//   term   := factor (('*' | '/') factor)*
//   factor := NUMBER | '-' factor | '(' expr ')'
#[derive(Debug, Clone, PartialEq)]
enum Token {
    Num(f64),
    Plus,
    Minus,
    Star,
    Slash,
    LParen,
    RParen,
}

fn tokenize(src: &str) -> Result<Vec<Token>, String> {
    let chars: Vec<char> = src.chars().collect();
    let mut tokens = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        match c {
            ' ' => { i += 1; continue; }
            '+' => tokens.push(Token::Plus),
            '-' => tokens.push(Token::Minus),
            '*' => tokens.push(Token::Star),
            '/' => tokens.push(Token::Slash),
            '(' => tokens.push(Token::LParen),
            ')' => tokens.push(Token::RParen),
            '0'..='9' | '.' => {
                let start = i;
                while i < chars.len() && (chars[i].is_ascii_digit() || chars[i] == '.') {
                    i += 1;
                }
                let text: String = chars[start..i].iter().collect();
                let n = text.parse::<f64>().map_err(|_| format!("bad number '{}'", text))?;
                tokens.push(Token::Num(n));
                continue;
            }
            other => return Err(format!("unexpected character '{}' at {}", other, i)),
        }
        i += 1;
    }
    Ok(tokens)
}

struct Parser {
    tokens: Vec<Token>,
    pos: usize,
}

impl Parser {
    fn peek(&self) -> Option<&Token> {
        self.tokens.get(self.pos)
    }

    fn next(&mut self) -> Option<Token> {
        let t = self.tokens.get(self.pos).cloned();
        self.pos += 1;
        t
    }

    fn expr(&mut self) -> Result<f64, String> {
        let mut value = self.term()?;
        while let Some(tok) = self.peek() {
            match tok {
                Token::Plus => { self.next(); value += self.term()?; }
                Token::Minus => { self.next(); value -= self.term()?; }
                _ => break,
            }
        }
        Ok(value)
    }

    fn term(&mut self) -> Result<f64, String> {
        let mut value = self.factor()?;
        loop {
            match self.peek() {
                Some(Token::Star) => { self.next(); value *= self.factor()?; }
                Some(Token::Slash) => {
                    self.next();
                    let rhs = self.factor()?;
                    if rhs == 0.0 {
                        return Err("division by zero".to_string());
                    }
                    value /= rhs;
                }
                _ => return Ok(value),
            }
        }
    }

    fn factor(&mut self) -> Result<f64, String> {
        match self.next() {
            Some(Token::Num(n)) => Ok(n),
            Some(Token::Minus) => Ok(-self.factor()?),
            Some(Token::LParen) => {
                let v = self.expr()?;
                match self.next() {
                    Some(Token::RParen) => Ok(v),
                    _ => Err("expected ')'".to_string()),
                }
            }
            Some(t) => Err(format!("unexpected token {:?}", t)),
            None => Err("unexpected end of input".to_string()),
        }
    }
}

fn evaluate(src: &str) -> Result<f64, String> {
    let tokens = tokenize(src)?;
    let mut p = Parser { tokens, pos: 0 };
    let v = p.expr()?;
    if p.pos < p.tokens.len() {
        return Err(format!("trailing input at token {}", p.pos));
    }
    Ok(v)
}

fn main() {
    let inputs = [
        "1 + 2 * 3",
        "(1 + 2) * 3",
        "10 / 4 - 0.5",
        "-(2 + 3) * -2",
        "2 * (3 + 4) * (5 - 1)",
        "8 / (3 - 3)",
        "4 + * 2",
        "(1 + 2",
        "3 $ 4",
        "1 2",
    ];
    for src in inputs.iter() {
        match evaluate(src) {
            Ok(v) => println!("{:<24} = {}", src, v),
            Err(e) => println!("{:<24} ! {}", src, e),
        }
    }
}
