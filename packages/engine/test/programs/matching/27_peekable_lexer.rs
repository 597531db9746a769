#[derive(Debug, PartialEq)]
enum Tok {
    Num(u32),
    Ident(String),
    Op(char),
}

fn lex(src: &str) -> Vec<Tok> {
    let mut out = Vec::new();
    let mut chars = src.chars().peekable();
    while let Some(&c) = chars.peek() {
        match c {
            ' ' => {
                chars.next();
            }
            '0'..='9' => {
                let mut n = 0;
                while let Some(&d @ '0'..='9') = chars.peek() {
                    n = n * 10 + d.to_digit(10).unwrap();
                    chars.next();
                }
                out.push(Tok::Num(n));
            }
            'a'..='z' | 'A'..='Z' | '_' => {
                let mut s = String::new();
                while let Some(&ch) = chars.peek() {
                    if ch.is_alphanumeric() || ch == '_' {
                        s.push(ch);
                        chars.next();
                    } else {
                        break;
                    }
                }
                out.push(Tok::Ident(s));
            }
            _ => {
                out.push(Tok::Op(c));
                chars.next();
            }
        }
    }
    out
}

fn main() {
    let toks = lex("total = price_1 * 12 + tax");
    for t in &toks {
        println!("{:?}", t);
    }
    let idents = toks.iter().filter(|t| matches!(t, Tok::Ident(_))).count();
    println!("{} tokens, {} identifiers", toks.len(), idents);
}
