// Evaluate reverse Polish notation with a Vec<i64> as the stack.
fn eval_rpn(expr: &str) -> Result<i64, String> {
    let mut stack: Vec<i64> = Vec::new();
    for token in expr.split_whitespace() {
        match token {
            "+" | "-" | "*" | "/" => {
                let b = stack.pop().ok_or("stack underflow")?;
                let a = stack.pop().ok_or("stack underflow")?;
                let r = match token {
                    "+" => a + b,
                    "-" => a - b,
                    "*" => a * b,
                    _ => {
                        if b == 0 {
                            return Err("division by zero".to_string());
                        }
                        a / b
                    }
                };
                stack.push(r);
            }
            num => {
                let n: i64 = num.parse().map_err(|_| format!("bad token '{}'", num))?;
                stack.push(n);
            }
        }
    }
    if stack.len() == 1 {
        Ok(stack[0])
    } else {
        Err(format!("{} values left on stack", stack.len()))
    }
}

fn main() {
    let exprs = ["3 4 +", "5 1 2 + 4 * + 3 -", "2 3 4 * +", "1 +", "4 0 /", "1 2", "7 x *"];
    for e in exprs {
        println!("{:<22} => {:?}", e, eval_rpn(e));
    }
}
