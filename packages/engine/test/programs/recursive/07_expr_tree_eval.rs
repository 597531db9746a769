// A tiny expression language with a recursive evaluator
use std::fmt;

enum Expr {
    Num(i64),
    Add(Box<Expr>, Box<Expr>),
    Mul(Box<Expr>, Box<Expr>),
    Neg(Box<Expr>),
}

use Expr::*;

fn eval(e: &Expr) -> i64 {
    match e {
        Num(n) => *n,
        Add(a, b) => eval(a) + eval(b),
        Mul(a, b) => eval(a) * eval(b),
        Neg(a) => -eval(a),
    }
}

impl fmt::Display for Expr {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            Num(n) => write!(f, "{}", n),
            Add(a, b) => write!(f, "({} + {})", a, b),
            Mul(a, b) => write!(f, "({} * {})", a, b),
            Neg(a) => write!(f, "-{}", a),
        }
    }
}

fn main() {
    // (2 + 3) * -(4 + 1)
    let e = Mul(
        Box::new(Add(Box::new(Num(2)), Box::new(Num(3)))),
        Box::new(Neg(Box::new(Add(Box::new(Num(4)), Box::new(Num(1)))))),
    );
    println!("{} = {}", e, eval(&e));
}
