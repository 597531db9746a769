#[derive(Debug, Clone, PartialEq)]
enum Expr {
    Const(i64),
    Var(String),
    Add(Box<Expr>, Box<Expr>),
    Mul(Box<Expr>, Box<Expr>),
}

fn simplify(e: Expr) -> Expr {
    match e {
        Expr::Add(a, b) => match (simplify(*a), simplify(*b)) {
            (Expr::Const(0), x) | (x, Expr::Const(0)) => x,
            (Expr::Const(x), Expr::Const(y)) => Expr::Const(x + y),
            (x, y) => Expr::Add(Box::new(x), Box::new(y)),
        },
        Expr::Mul(a, b) => match (simplify(*a), simplify(*b)) {
            (Expr::Const(0), _) | (_, Expr::Const(0)) => Expr::Const(0),
            (Expr::Const(1), x) | (x, Expr::Const(1)) => x,
            (Expr::Const(x), Expr::Const(y)) => Expr::Const(x * y),
            (x, y) => Expr::Mul(Box::new(x), Box::new(y)),
        },
        other => other,
    }
}

fn show(e: &Expr) -> String {
    match e {
        Expr::Const(n) => n.to_string(),
        Expr::Var(v) => v.clone(),
        Expr::Add(a, b) => format!("({} + {})", show(a), show(b)),
        Expr::Mul(a, b) => format!("{} * {}", show(a), show(b)),
    }
}

fn var(s: &str) -> Box<Expr> {
    Box::new(Expr::Var(s.to_string()))
}

fn c(n: i64) -> Box<Expr> {
    Box::new(Expr::Const(n))
}

fn main() {
    let exprs = vec![
        Expr::Add(var("x"), c(0)),
        Expr::Mul(c(1), Box::new(Expr::Add(var("y"), c(0)))),
        Expr::Mul(var("z"), Box::new(Expr::Add(c(2), c(-2)))),
        Expr::Add(Box::new(Expr::Mul(c(3), c(4))), var("w")),
    ];
    for e in exprs {
        let before = show(&e);
        let after = simplify(e.clone());
        println!("{:<22} => {}", before, show(&after));
    }
}
