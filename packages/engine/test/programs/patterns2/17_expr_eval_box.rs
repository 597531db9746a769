// A tiny arithmetic AST, evaluated recursively.
#[derive(Debug)]
enum Expr {
    Num(f64),
    Neg(Box<Expr>),
    Add(Box<Expr>, Box<Expr>),
    Mul(Box<Expr>, Box<Expr>),
    Div(Box<Expr>, Box<Expr>),
}

use Expr::*;

impl Expr {
    fn eval(&self) -> Result<f64, String> {
        match *self {
            Num(n) => Ok(n),
            Neg(ref e) => Ok(-e.eval()?),
            Add(ref a, ref b) => Ok(a.eval()? + b.eval()?),
            Mul(ref a, ref b) => Ok(a.eval()? * b.eval()?),
            Div(ref a, ref b) => {
                let d = b.eval()?;
                if d == 0.0 {
                    Err(String::from("division by zero"))
                } else {
                    Ok(a.eval()? / d)
                }
            }
        }
    }

    fn show(&self) -> String {
        match self {
            Num(n) => format!("{}", n),
            Neg(e) => format!("-{}", e.show()),
            Add(a, b) => format!("({} + {})", a.show(), b.show()),
            Mul(a, b) => format!("{} * {}", a.show(), b.show()),
            Div(a, b) => format!("{} / {}", a.show(), b.show()),
        }
    }
}

fn num(n: f64) -> Box<Expr> {
    Box::new(Num(n))
}

fn main() {
    let e1 = Mul(Box::new(Add(num(2.0), num(3.0))), num(4.0));
    let e2 = Div(num(1.0), Box::new(Add(num(2.0), Box::new(Neg(num(2.0))))));
    let e3 = Neg(Box::new(Div(num(9.0), num(4.0))));
    for e in [&e1, &e2, &e3] {
        match e.eval() {
            Ok(v) => println!("{} = {}", e.show(), v),
            Err(msg) => println!("{} -> error: {}", e.show(), msg),
        }
    }
}
