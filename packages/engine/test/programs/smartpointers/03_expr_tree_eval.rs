use std::fmt;

enum Expr {
    Num(f64),
    Add(Box<Expr>, Box<Expr>),
    Sub(Box<Expr>, Box<Expr>),
    Mul(Box<Expr>, Box<Expr>),
    Div(Box<Expr>, Box<Expr>),
    Neg(Box<Expr>),
}

use Expr::*;

fn eval(e: &Expr) -> Result<f64, String> {
    Ok(match e {
        Num(n) => *n,
        Add(a, b) => eval(a)? + eval(b)?,
        Sub(a, b) => eval(a)? - eval(b)?,
        Mul(a, b) => eval(a)? * eval(b)?,
        Div(a, b) => {
            let d = eval(b)?;
            if d == 0.0 {
                return Err("division by zero".to_string());
            }
            eval(a)? / d
        }
        Neg(a) => -eval(a)?,
    })
}

impl fmt::Display for Expr {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            Num(n) => write!(f, "{}", n),
            Add(a, b) => write!(f, "({} + {})", a, b),
            Sub(a, b) => write!(f, "({} - {})", a, b),
            Mul(a, b) => write!(f, "({} * {})", a, b),
            Div(a, b) => write!(f, "({} / {})", a, b),
            Neg(a) => write!(f, "-{}", a),
        }
    }
}

fn num(n: f64) -> Box<Expr> {
    Box::new(Num(n))
}

fn main() {
    // (2 + 3) * -(4 - 1.5)
    let e = Mul(Box::new(Add(num(2.0), num(3.0))), Box::new(Neg(Box::new(Sub(num(4.0), num(1.5))))));
    println!("{} = {:?}", e, eval(&e));

    let bad = Div(num(1.0), Box::new(Sub(num(2.0), num(2.0))));
    println!("{} = {:?}", bad, eval(&bad));
}
