// Week project: a word tokenizer for a tiny command language.
// The helper that normalises a word returns a reference to a local String.
#[derive(Debug, PartialEq)]
enum Token<'a> {
    Keyword(&'a str),
    Ident(&'a str),
    Number(i64),
    Symbol(char),
}

const KEYWORDS: [&str; 4] = ["let", "print", "if", "end"];

struct Lexer<'a> {
    src: &'a str,
    pos: usize,
}

impl<'a> Lexer<'a> {
    fn new(src: &'a str) -> Self {
        Lexer { src, pos: 0 }
    }

    fn skip_spaces(&mut self) {
        while let Some(c) = self.src[self.pos..].chars().next() {
            if !c.is_whitespace() {
                break;
            }
            self.pos += c.len_utf8();
        }
    }

    fn take_while(&mut self, pred: impl Fn(char) -> bool) -> &'a str {
        let start = self.pos;
        while let Some(c) = self.src[self.pos..].chars().next() {
            if !pred(c) {
                break;
            }
            self.pos += c.len_utf8();
        }
        &self.src[start..self.pos]
    }

    fn next_token(&mut self) -> Option<Result<Token<'a>, String>> {
        self.skip_spaces();
        let c = self.src[self.pos..].chars().next()?;
        let tok = if c.is_ascii_digit() {
            let digits = self.take_while(|c| c.is_ascii_digit());
            match digits.parse() {
                Ok(n) => Ok(Token::Number(n)),
                Err(_) => Err(format!("number too large: {}", digits)),
            }
        } else if c.is_alphabetic() {
            let word = self.take_while(|c| c.is_alphanumeric() || c == '_');
            if KEYWORDS.contains(&word) {
                Ok(Token::Keyword(word))
            } else {
                Ok(Token::Ident(word))
            }
        } else if "=+-*<>()".contains(c) {
            self.pos += 1;
            Ok(Token::Symbol(c))
        } else {
            self.pos += c.len_utf8();
            Err(format!("unexpected {:?}", c))
        };
        Some(tok)
    }
}

// Lowercases an identifier so that `Total` and `total` are the same variable.
fn normalise(word: &str) -> &str {
    let lower = word.to_lowercase();
    &lower
}

fn main() {
    let lines = ["let Total = 10 + 20", "print total * 3", "if x < 5 print x end", "let y = 7 # comment"];
    for line in lines {
        let mut lexer = Lexer::new(line);
        let mut tokens = Vec::new();
        let mut errors = Vec::new();
        while let Some(result) = lexer.next_token() {
            match result {
                Ok(t) => tokens.push(t),
                Err(e) => errors.push(e),
            }
        }
        let idents: Vec<&str> = tokens
            .iter()
            .filter_map(|t| match t {
                Token::Ident(name) => Some(normalise(name)),
                _ => None,
            })
            .collect();
        println!("{}", line);
        println!("    {} tokens, identifiers {:?}", tokens.len(), idents);
        if !errors.is_empty() {
            println!("    errors: {:?}", errors);
        }
    }
    let mut lx = Lexer::new("print 99999999999999999999");
    let all: Vec<_> = std::iter::from_fn(|| lx.next_token()).collect();
    println!("{:?}", all);
}
