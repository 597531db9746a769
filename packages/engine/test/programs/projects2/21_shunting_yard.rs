// Week project: convert infix to postfix with the shunting-yard algorithm, then evaluate.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Tok {
    Num(i64),
    Op(char),
    Open,
    Close,
}

fn lex(src: &str) -> Result<Vec<Tok>, String> {
    let mut out = Vec::new();
    let mut number: Option<i64> = None;
    for ch in src.chars() {
        if let Some(d) = ch.to_digit(10) {
            number = Some(number.unwrap_or(0) * 10 + d as i64);
            continue;
        }
        if let Some(n) = number.take() {
            out.push(Tok::Num(n));
        }
        match ch {
            ' ' => {}
            '+' | '-' | '*' | '/' | '^' => out.push(Tok::Op(ch)),
            '(' => out.push(Tok::Open),
            ')' => out.push(Tok::Close),
            _ => return Err(format!("bad character {:?}", ch)),
        }
    }
    if let Some(n) = number {
        out.push(Tok::Num(n));
    }
    Ok(out)
}

fn precedence(op: char) -> (u8, bool) {
    // (binding power, right associative?)
    match op {
        '+' | '-' => (1, false),
        '*' | '/' => (2, false),
        '^' => (3, true),
        _ => unreachable!("unknown operator {}", op),
    }
}

fn to_postfix(tokens: &[Tok]) -> Result<Vec<Tok>, String> {
    let mut output = Vec::new();
    let mut ops: Vec<Tok> = Vec::new();
    for &tok in tokens {
        match tok {
            Tok::Num(_) => output.push(tok),
            Tok::Op(o) => {
                let (p, right) = precedence(o);
                while let Some(&Tok::Op(top)) = ops.last() {
                    let (tp, _) = precedence(top);
                    if tp > p || (tp == p && !right) {
                        output.push(ops.pop().unwrap());
                    } else {
                        break;
                    }
                }
                ops.push(tok);
            }
            Tok::Open => ops.push(tok),
            Tok::Close => loop {
                match ops.pop() {
                    Some(Tok::Open) => break,
                    Some(t) => output.push(t),
                    None => return Err(String::from("unmatched ')'")),
                }
            },
        }
    }
    while let Some(t) = ops.pop() {
        if t == Tok::Open {
            return Err(String::from("unmatched '('"));
        }
        output.push(t);
    }
    Ok(output)
}

fn eval_postfix(postfix: &[Tok]) -> Result<i64, String> {
    let mut stack = Vec::new();
    for tok in postfix {
        match *tok {
            Tok::Num(n) => stack.push(n),
            Tok::Op(o) => {
                let (b, a) = match (stack.pop(), stack.pop()) {
                    (Some(b), Some(a)) => (b, a),
                    _ => return Err(format!("missing operand for {}", o)),
                };
                stack.push(match o {
                    '+' => a + b,
                    '-' => a - b,
                    '*' => a * b,
                    '/' => a.checked_div(b).ok_or("division by zero")?,
                    _ => a.pow(b as u32),
                });
            }
            _ => unreachable!(),
        }
    }
    if stack.len() == 1 { Ok(stack[0]) } else { Err(format!("malformed, stack {:?}", stack)) }
}

fn show(postfix: &[Tok]) -> String {
    postfix
        .iter()
        .map(|t| match t {
            Tok::Num(n) => n.to_string(),
            Tok::Op(o) => o.to_string(),
            _ => "?".to_string(),
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn main() {
    let cases = ["3 + 4 * 2", "(3 + 4) * 2", "2 ^ 3 ^ 2", "100 / 10 / 5", "12 - 4 - 3",
                 "(1 + 2", "1 + 2)", "7 / (3 - 3)", "4 + * 2", "9 % 2"];
    for src in cases {
        let result = lex(src)
            .and_then(|toks| to_postfix(&toks))
            .and_then(|pf| {
                let text = show(&pf);
                eval_postfix(&pf).map(|v| (text, v))
            });
        match result {
            Ok((pf, v)) => println!("{:<14} => {:<18} = {}", src, pf, v),
            Err(e) => println!("{:<14} => error: {}", src, e),
        }
    }
}
