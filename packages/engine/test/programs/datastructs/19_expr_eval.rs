#[derive(Debug)]
enum Expr {
    Num(f64),
    Add(Box<Expr>, Box<Expr>),
    Sub(Box<Expr>, Box<Expr>),
    Mul(Box<Expr>, Box<Expr>),
    Div(Box<Expr>, Box<Expr>),
    Neg(Box<Expr>),
}

use Expr::*;

fn eval(e: &Expr) -> f64 {
    match e {
        Num(n) => *n,
        Add(a, b) => eval(a) + eval(b),
        Sub(a, b) => eval(a) - eval(b),
        Mul(a, b) => eval(a) * eval(b),
        Div(a, b) => eval(a) / eval(b),
        Neg(a) => -eval(a),
    }
}

fn count_nodes(e: &Expr) -> usize {
    match e {
        Num(_) => 1,
        Neg(a) => 1 + count_nodes(a),
        Add(a, b) | Sub(a, b) | Mul(a, b) | Div(a, b) => 1 + count_nodes(a) + count_nodes(b),
    }
}

fn main() {
    // (3 + 4) * 2 - 10 / 4
    let expr = Sub(
        Box::new(Mul(
            Box::new(Add(Box::new(Num(3.0)), Box::new(Num(4.0)))),
            Box::new(Num(2.0)),
        )),
        Box::new(Div(Box::new(Num(10.0)), Box::new(Num(4.0)))),
    );
    println!("value = {}", eval(&expr));
    println!("nodes = {}", count_nodes(&expr));

    let neg = Neg(Box::new(Num(1.5)));
    println!("{:?} = {}", neg, eval(&neg));
}
