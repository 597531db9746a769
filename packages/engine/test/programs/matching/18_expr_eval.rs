enum Expr {
    Num(i64),
    Neg(Box<Expr>),
    Add(Box<Expr>, Box<Expr>),
    Mul(Box<Expr>, Box<Expr>),
    Div(Box<Expr>, Box<Expr>),
}

use Expr::*;

fn eval(e: &Expr) -> Result<i64, String> {
    match e {
        Num(n) => Ok(*n),
        Neg(inner) => Ok(-eval(inner)?),
        Add(a, b) => Ok(eval(a)? + eval(b)?),
        Mul(a, b) => Ok(eval(a)? * eval(b)?),
        Div(a, b) => match eval(b)? {
            0 => Err(String::from("division by zero")),
            d => Ok(eval(a)? / d),
        },
    }
}

fn show(e: &Expr) -> String {
    match e {
        Num(n) if *n < 0 => format!("({})", n),
        Num(n) => n.to_string(),
        Neg(inner) => format!("-{}", show(inner)),
        Add(a, b) => format!("({} + {})", show(a), show(b)),
        Mul(a, b) => format!("{} * {}", show(a), show(b)),
        Div(a, b) => format!("{} / {}", show(a), show(b)),
    }
}

fn main() {
    let e1 = Add(Box::new(Num(2)), Box::new(Mul(Box::new(Num(3)), Box::new(Num(4)))));
    let e2 = Div(Box::new(Num(10)), Box::new(Add(Box::new(Num(5)), Box::new(Neg(Box::new(Num(5)))))));
    let e3 = Mul(Box::new(Neg(Box::new(Num(7)))), Box::new(Num(-2)));
    for e in [&e1, &e2, &e3] {
        match eval(e) {
            Ok(v) => println!("{} = {}", show(e), v),
            Err(msg) => println!("{} -> error: {}", show(e), msg),
        }
    }
}
