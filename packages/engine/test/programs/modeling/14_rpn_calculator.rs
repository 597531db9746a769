// Reverse Polish notation calculator: tokenize, then evaluate with a stack.
#[derive(Debug)]
enum Token {
    Num(i64),
    Op(char),
}

#[derive(Debug)]
enum CalcError {
    BadToken(String),
    StackUnderflow,
    DivByZero,
    LeftOver(usize),
}

fn parse(line: &str) -> Result<Vec<Token>, CalcError> {
    line.split_whitespace()
        .map(|w| match w {
            "+" | "-" | "*" | "/" => Ok(Token::Op(w.chars().next().unwrap())),
            _ => w.parse::<i64>().map(Token::Num).map_err(|_| CalcError::BadToken(w.to_string())),
        })
        .collect()
}

fn eval(tokens: &[Token]) -> Result<i64, CalcError> {
    let mut stack: Vec<i64> = Vec::new();
    for t in tokens {
        match t {
            Token::Num(n) => stack.push(*n),
            Token::Op(op) => {
                let b = stack.pop().ok_or(CalcError::StackUnderflow)?;
                let a = stack.pop().ok_or(CalcError::StackUnderflow)?;
                let r = match op {
                    '+' => a + b,
                    '-' => a - b,
                    '*' => a * b,
                    '/' if b == 0 => return Err(CalcError::DivByZero),
                    '/' => a / b,
                    _ => unreachable!(),
                };
                stack.push(r);
            }
        }
    }
    match stack.len() {
        1 => Ok(stack[0]),
        0 => Err(CalcError::StackUnderflow),
        n => Err(CalcError::LeftOver(n)),
    }
}

fn calc(line: &str) -> Result<i64, CalcError> {
    let tokens = parse(line)?;
    eval(&tokens)
}

fn main() {
    let lines = ["3 4 + 2 *", "5 1 2 + 4 * + 3 -", "1 +", "4 0 /", "2 3", "6 x *", "100 7 /"];
    for l in lines.iter() {
        match calc(l) {
            Ok(v) => println!("{:<20} = {}", l, v),
            Err(e) => println!("{:<20} ! {:?}", l, e),
        }
    }
}
