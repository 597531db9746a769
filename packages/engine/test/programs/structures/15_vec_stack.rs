// A Vec used as a stack: evaluating reverse Polish notation.
fn eval_rpn(expr: &str) -> Result<i64, String> {
    let mut stack: Vec<i64> = Vec::new();
    for tok in expr.split_whitespace() {
        match tok {
            "+" | "-" | "*" | "/" => {
                let b = stack.pop().ok_or(format!("missing operand for {}", tok))?;
                let a = stack.pop().ok_or(format!("missing operand for {}", tok))?;
                let r = match tok {
                    "+" => a + b,
                    "-" => a - b,
                    "*" => a * b,
                    _ => {
                        if b == 0 {
                            return Err("divide by zero".to_string());
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
        println!("  {:>3} -> {:?}", tok, stack);
    }
    if stack.len() == 1 {
        Ok(stack[0])
    } else {
        Err(format!("{} values left on stack", stack.len()))
    }
}

fn main() {
    for e in ["3 4 + 2 *", "5 1 2 + 4 * + 3 -", "1 +", "4 0 /", "2 x +", "1 2 3"] {
        println!("{}", e);
        println!("= {:?}", eval_rpn(e));
    }
    let mut s = vec![1, 2, 3];
    println!("last = {:?}", s.last());
    s.truncate(1);
    println!("after truncate: {:?}, pop = {:?}, pop = {:?}", s.clone(), s.pop(), s.pop());
}
