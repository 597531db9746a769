#[derive(Debug, Clone, Copy, PartialEq)]
enum Token {
    Num(i64),
    Plus,
    Times,
    Minus,
}

fn eval_rpn(tokens: &[Token]) -> Result<i64, String> {
    let mut stack = Vec::new();
    for t in tokens {
        match *t {
            Token::Num(n) => stack.push(n),
            op => {
                let b = stack.pop().ok_or("stack underflow")?;
                let a = stack.pop().ok_or("stack underflow")?;
                let r = match op {
                    Token::Plus => a + b,
                    Token::Minus => a - b,
                    Token::Times => a * b,
                    Token::Num(_) => unreachable!(),
                };
                stack.push(r);
            }
        }
    }
    if stack.len() == 1 { Ok(stack[0]) } else { Err(format!("{} values left", stack.len())) }
}

fn main() {
    use Token::*;
    let progs = vec![
        vec![Num(3), Num(4), Plus, Num(5), Times],
        vec![Num(10), Num(2), Minus, Num(3), Minus],
        vec![Num(1), Plus],
        vec![Num(1), Num(2)],
    ];
    for p in &progs {
        match eval_rpn(p) {
            Ok(v) => println!("{:?} = {}", p, v),
            Err(e) => println!("error: {}", e),
        }
    }
    let mut work = vec![1, 2, 3, 4, 5];
    while let Some(top) = work.pop() {
        if top == 3 {
            println!("found 3, stopping with {:?} left", work);
            break;
        }
        println!("popped {}", top);
    }
    let count = progs.iter().filter(|p| matches!(p.first(), Some(Num(n)) if *n > 1)).count();
    println!("programs starting with a number > 1: {}", count);
    println!("{}", matches!(progs[2][1], Plus | Minus));
}
