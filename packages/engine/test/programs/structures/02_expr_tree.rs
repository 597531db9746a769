// Expression tree evaluator with Box children.
enum Expr {
    Num(f64),
    Neg(Box<Expr>),
    Add(Box<Expr>, Box<Expr>),
    Sub(Box<Expr>, Box<Expr>),
    Mul(Box<Expr>, Box<Expr>),
    Div(Box<Expr>, Box<Expr>),
}

use Expr::*;

fn eval(e: &Expr) -> Result<f64, String> {
    match e {
        Num(n) => Ok(*n),
        Neg(inner) => Ok(-eval(inner)?),
        Add(a, b) => Ok(eval(a)? + eval(b)?),
        Sub(a, b) => Ok(eval(a)? - eval(b)?),
        Mul(a, b) => Ok(eval(a)? * eval(b)?),
        Div(a, b) => {
            let d = eval(b)?;
            if d == 0.0 {
                Err(String::from("division by zero"))
            } else {
                Ok(eval(a)? / d)
            }
        }
    }
}

fn show(e: &Expr) -> String {
    match e {
        Num(n) => format!("{}", n),
        Neg(inner) => format!("-({})", show(inner)),
        Add(a, b) => format!("({} + {})", show(a), show(b)),
        Sub(a, b) => format!("({} - {})", show(a), show(b)),
        Mul(a, b) => format!("({} * {})", show(a), show(b)),
        Div(a, b) => format!("({} / {})", show(a), show(b)),
    }
}

fn num(n: f64) -> Box<Expr> {
    Box::new(Num(n))
}

fn main() {
    // (2 + 3) * (10 - 4) / 2
    let e = Div(
        Box::new(Mul(Box::new(Add(num(2.0), num(3.0))), Box::new(Sub(num(10.0), num(4.0))))),
        num(2.0),
    );
    println!("{} = {:?}", show(&e), eval(&e));
    let bad = Div(num(1.0), Box::new(Sub(num(2.0), num(2.0))));
    println!("{} = {:?}", show(&bad), eval(&bad));
    let neg = Neg(Box::new(Mul(num(1.5), num(4.0))));
    match eval(&neg) {
        Ok(v) => println!("{} = {:.2}", show(&neg), v),
        Err(msg) => println!("error: {}", msg),
    }
}
