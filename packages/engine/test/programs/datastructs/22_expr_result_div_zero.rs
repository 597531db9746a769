#[derive(Debug)]
enum Expr {
    Number(i32),
    Plus(Box<Expr>, Box<Expr>),
    Times(Box<Expr>, Box<Expr>),
    Divide(Box<Expr>, Box<Expr>),
}

#[derive(Debug)]
enum EvalError {
    DivisionByZero,
    Overflow,
}

fn eval(expr: &Expr) -> Result<i32, EvalError> {
    match expr {
        Expr::Number(n) => Ok(*n),
        Expr::Plus(l, r) => eval(l)?.checked_add(eval(r)?).ok_or(EvalError::Overflow),
        Expr::Times(l, r) => eval(l)?.checked_mul(eval(r)?).ok_or(EvalError::Overflow),
        Expr::Divide(l, r) => {
            let denom = eval(r)?;
            if denom == 0 {
                return Err(EvalError::DivisionByZero);
            }
            Ok(eval(l)? / denom)
        }
    }
}

fn num(n: i32) -> Box<Expr> {
    Box::new(Expr::Number(n))
}

fn main() {
    let ok = Expr::Divide(Box::new(Expr::Plus(num(20), num(4))), num(6));
    let bad = Expr::Plus(num(1), Box::new(Expr::Divide(num(5), Box::new(Expr::Plus(num(2), num(-2))))));
    let huge = Expr::Times(num(i32::MAX), num(2));

    for (name, e) in [("ok", &ok), ("bad", &bad), ("huge", &huge)] {
        match eval(e) {
            Ok(v) => println!("{}: {}", name, v),
            Err(err) => println!("{}: error {:?}", name, err),
        }
    }

    let result = eval(&bad).unwrap();
    println!("unreachable: {}", result);
}
