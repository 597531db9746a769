#[derive(Debug)]
enum Expr {
    Lit(i32),
    Neg(Box<Expr>),
    Add(Box<Expr>, Box<Expr>),
    Mul(Box<Expr>, Box<Expr>),
}

use Expr::*;

fn eval(e: &Expr) -> i32 {
    match e {
        Lit(n) => *n,
        Neg(inner) => -eval(inner),
        Add(a, b) => eval(a) + eval(b),
        Mul(a, b) => eval(a) * eval(b),
    }
}

fn simplify(e: Expr) -> Expr {
    match e {
        Add(a, b) => match (simplify(*a), simplify(*b)) {
            (Lit(0), x) | (x, Lit(0)) => x,
            (x, y) => Add(Box::new(x), Box::new(y)),
        },
        Mul(a, b) => match (simplify(*a), simplify(*b)) {
            (Lit(0), _) | (_, Lit(0)) => Lit(0),
            (Lit(1), x) | (x, Lit(1)) => x,
            (x, y) => Mul(Box::new(x), Box::new(y)),
        },
        Neg(inner) => match simplify(*inner) {
            Neg(x) => *x,
            Lit(n) => Lit(-n),
            other => Neg(Box::new(other)),
        },
        lit => lit,
    }
}

fn show(e: &Expr) -> String {
    match e {
        Lit(n) if *n < 0 => format!("({})", n),
        Lit(n) => n.to_string(),
        Neg(x) => format!("-{}", show(x)),
        Add(a, b) => format!("({} + {})", show(a), show(b)),
        Mul(a, b) => format!("{} * {}", show(a), show(b)),
    }
}

fn main() {
    let e = Add(
        Box::new(Mul(Box::new(Lit(1)), Box::new(Lit(7)))),
        Box::new(Neg(Box::new(Neg(Box::new(Add(Box::new(Lit(0)), Box::new(Lit(3)))))))),
    );
    println!("{} = {}", show(&e), eval(&e));
    let s = simplify(e);
    println!("{} = {}", show(&s), eval(&s));
    let z = simplify(Mul(Box::new(Lit(5)), Box::new(Add(Box::new(Lit(0)), Box::new(Lit(0))))));
    println!("{:?}", z);
    let n = simplify(Neg(Box::new(Lit(4))));
    if let Lit(v @ -10..=-1) = n {
        println!("small negative {}", v);
    }
}
