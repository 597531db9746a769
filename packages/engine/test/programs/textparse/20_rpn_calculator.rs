// A reverse Polish notation calculator using a Vec as a stack.
fn eval_rpn(expr: &str) -> Result<f64, String> {
    let mut stack: Vec<f64> = Vec::new();
    for tok in expr.split_whitespace() {
        match tok {
            "+" | "-" | "*" | "/" => {
                let b = stack.pop().ok_or("stack underflow")?;
                let a = stack.pop().ok_or("stack underflow")?;
                let r = match tok {
                    "+" => a + b,
                    "-" => a - b,
                    "*" => a * b,
                    _ => {
                        if b == 0.0 {
                            return Err(String::from("division by zero"));
                        }
                        a / b
                    }
                };
                stack.push(r);
            }
            num => {
                let v: f64 = num.parse().map_err(|_| format!("bad token {:?}", num))?;
                stack.push(v);
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
    let exprs = ["3 4 + 2 *", "5 1 2 + 4 * + 3 -", "1 0 /", "2 +", "1 2 3", "4 x *"];
    for e in exprs {
        match eval_rpn(e) {
            Ok(v) => println!("{:<20} = {}", e, v),
            Err(msg) => println!("{:<20} ! {}", e, msg),
        }
    }
}
