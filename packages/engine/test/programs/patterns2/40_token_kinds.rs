#[derive(Debug, PartialEq, Clone)]
enum Token {
    Ident(String),
    Int(i64),
    Op(char),
    LParen,
    RParen,
}

fn tokenize(src: &str) -> Result<Vec<Token>, String> {
    let chars: Vec<char> = src.chars().collect();
    let mut i = 0;
    let mut out = Vec::new();
    while i < chars.len() {
        match chars[i] {
            ' ' => i += 1,
            '(' => {
                out.push(Token::LParen);
                i += 1;
            }
            ')' => {
                out.push(Token::RParen);
                i += 1;
            }
            c @ ('+' | '-' | '*' | '/' | '=') => {
                out.push(Token::Op(c));
                i += 1;
            }
            '0'..='9' => {
                let start = i;
                while i < chars.len() && chars[i].is_ascii_digit() {
                    i += 1;
                }
                let text: String = chars[start..i].iter().collect();
                out.push(Token::Int(text.parse().unwrap()));
            }
            c if c.is_alphabetic() || c == '_' => {
                let start = i;
                while i < chars.len() && (chars[i].is_alphanumeric() || chars[i] == '_') {
                    i += 1;
                }
                out.push(Token::Ident(chars[start..i].iter().collect()));
            }
            other => return Err(format!("unexpected {:?} at {}", other, i)),
        }
    }
    Ok(out)
}

fn main() {
    for src in ["total = (price + 12) * qty", "x_1 - 300/y", "a # b"] {
        match tokenize(src) {
            Ok(tokens) => {
                let idents = tokens.iter().filter(|t| matches!(t, Token::Ident(_))).count();
                println!("{} tokens, {} identifiers", tokens.len(), idents);
                println!("  {:?}", tokens);
                if let [Token::Ident(name), Token::Op('='), ..] = tokens.as_slice() {
                    println!("  assignment to {}", name);
                }
            }
            Err(e) => println!("error: {}", e),
        }
    }
}
