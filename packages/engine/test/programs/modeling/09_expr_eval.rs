// A tiny arithmetic expression tree, Rust Book style.
enum Expr {
    Num(i64),
    Add(Box<Expr>, Box<Expr>),
    Sub(Box<Expr>, Box<Expr>),
    Mul(Box<Expr>, Box<Expr>),
    Neg(Box<Expr>),
}

use Expr::*;

fn eval(e: &Expr) -> i64 {
    match e {
        Num(n) => *n,
        Add(a, b) => eval(a) + eval(b),
        Sub(a, b) => eval(a) - eval(b),
        Mul(a, b) => eval(a) * eval(b),
        Neg(a) => -eval(a),
    }
}

fn count_nodes(e: &Expr) -> usize {
    match e {
        Num(_) => 1,
        Neg(a) => 1 + count_nodes(a),
        Add(a, b) | Sub(a, b) | Mul(a, b) => 1 + count_nodes(a) + count_nodes(b),
    }
}

fn depth(e: &Expr) -> usize {
    match e {
        Num(_) => 1,
        Neg(a) => 1 + depth(a),
        Add(a, b) | Sub(a, b) | Mul(a, b) => 1 + depth(a).max(depth(b)),
    }
}

fn num(n: i64) -> Box<Expr> {
    Box::new(Num(n))
}

fn main() {
    // (2 + 3) * (10 - 4)
    let e1 = Mul(Box::new(Add(num(2), num(3))), Box::new(Sub(num(10), num(4))));
    // -(7 * 6) + 50
    let e2 = Add(Box::new(Neg(Box::new(Mul(num(7), num(6))))), num(50));
    let e3 = Num(99);

    for (name, e) in [("e1", &e1), ("e2", &e2), ("e3", &e3)] {
        println!("{} = {:>4}  nodes={} depth={}", name, eval(e), count_nodes(e), depth(e));
    }
}
