// A lexer as a state machine over characters
#[derive(Debug, Clone, Copy, PartialEq)]
enum LexState {
    Start,
    InNumber,
    InWord,
}

#[derive(Debug)]
enum Token {
    Num(u32),
    Word(String),
    Sym(char),
}

fn lex(src: &str) -> Vec<Token> {
    let mut tokens = Vec::new();
    let mut state = LexState::Start;
    let mut current = String::new();
    // a trailing space flushes the last token
    for c in src.chars().chain(std::iter::once(' ')) {
        let class = if c.is_ascii_digit() {
            LexState::InNumber
        } else if c.is_alphabetic() {
            LexState::InWord
        } else {
            LexState::Start
        };
        if state != LexState::Start && class != state {
            let text = std::mem::take(&mut current);
            tokens.push(match state {
                LexState::InNumber => Token::Num(text.parse().unwrap()),
                LexState::InWord => Token::Word(text),
                LexState::Start => unreachable!(),
            });
        }
        match class {
            LexState::Start => {
                if !c.is_whitespace() {
                    tokens.push(Token::Sym(c));
                }
            }
            _ => current.push(c),
        }
        state = class;
    }
    tokens
}

fn main() {
    let tokens = lex("let x1 = 42+width*(3 - y);");
    for t in &tokens {
        match t {
            Token::Num(n) => println!("NUM  {}", n),
            Token::Word(w) => println!("WORD {}", w),
            Token::Sym(s) => println!("SYM  {}", s),
        }
    }
    println!("{} tokens", tokens.len());
}
