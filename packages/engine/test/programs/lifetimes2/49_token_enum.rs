// Enums can borrow too: a token is either a word slice or a number.
#[derive(Debug, PartialEq)]
enum Token<'a> {
    Word(&'a str),
    Num(i64),
}

fn lex(input: &str) -> Vec<Token<'_>> {
    input
        .split_whitespace()
        .map(|t| match t.parse::<i64>() {
            Ok(n) => Token::Num(n),
            Err(_) => Token::Word(t),
        })
        .collect()
}

fn main() {
    let program = String::from("push 3 push 4 add");
    let tokens = lex(&program);
    let total: i64 = tokens
        .iter()
        .filter_map(|t| if let Token::Num(n) = t { Some(*n) } else { None })
        .sum();
    println!("{:?}", tokens);
    println!("numbers add up to {}", total);
    println!("first is push? {}", tokens[0] == Token::Word("push"));
}
