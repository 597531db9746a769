#[derive(Debug)]
enum Token {
    Number(i64),
    Plus,
    Minus,
}

fn main() {
    let tokens = vec![Some(Token::Number(4)), Some(Token::Plus), None, Some(Token::Number(-2)), Some(Token::Minus)];

    let numbers = tokens.iter().filter(|t| matches!(t, Some(Token::Number(_)))).count();
    let operators = tokens.iter().filter(|t| matches!(t, Some(Token::Plus | Token::Minus))).count();
    let gaps = tokens.iter().filter(|t| t.is_none()).count();
    println!("numbers={} operators={} gaps={}", numbers, operators, gaps);

    let negative = tokens.iter().any(|t| matches!(t, Some(Token::Number(n)) if *n < 0));
    println!("has negative number: {}", negative);

    let r: Result<i32, String> = Ok(3);
    println!("small ok? {}", matches!(r, Ok(x) if x < 10));
    println!("last = {:?}", tokens.last());
}
