// Simplifying an expression tree by consuming it: match on *boxed to move the contents out.
#[derive(Debug, Clone, PartialEq)]
enum Expr {
    Const(i32),
    X,
    Add(Box<Expr>, Box<Expr>),
    Mul(Box<Expr>, Box<Expr>),
}

fn simplify(e: Expr) -> Expr {
    match e {
        Expr::Add(a, b) => {
            let a = simplify(*a);
            let b = simplify(*b);
            match (a, b) {
                (Expr::Const(0), other) | (other, Expr::Const(0)) => other,
                (Expr::Const(x), Expr::Const(y)) => Expr::Const(x + y),
                (a, b) => Expr::Add(Box::new(a), Box::new(b)),
            }
        }
        Expr::Mul(a, b) => {
            let a = simplify(*a);
            let b = simplify(*b);
            match (a, b) {
                (Expr::Const(0), _) | (_, Expr::Const(0)) => Expr::Const(0),
                (Expr::Const(1), other) | (other, Expr::Const(1)) => other,
                (Expr::Const(x), Expr::Const(y)) => Expr::Const(x * y),
                (a, b) => Expr::Mul(Box::new(a), Box::new(b)),
            }
        }
        other => other,
    }
}

fn show(e: &Expr) -> String {
    match e {
        Expr::Const(n) => n.to_string(),
        Expr::X => "x".to_string(),
        Expr::Add(a, b) => format!("({} + {})", show(a), show(b)),
        Expr::Mul(a, b) => format!("{} * {}", show(a), show(b)),
    }
}

fn main() {
    let e = Expr::Add(
        Box::new(Expr::Mul(Box::new(Expr::Const(1)), Box::new(Expr::X))),
        Box::new(Expr::Mul(Box::new(Expr::Const(0)), Box::new(Expr::X))),
    );
    println!("before: {}", show(&e));
    let s = simplify(e.clone());
    println!("after:  {}", show(&s));
    println!("simplified to X? {}", s == Expr::X);

    let f = Expr::Add(
        Box::new(Expr::Add(Box::new(Expr::Const(2)), Box::new(Expr::Const(3)))),
        Box::new(Expr::Mul(Box::new(Expr::X), Box::new(Expr::Const(4)))),
    );
    println!("before: {}", show(&f));
    println!("after:  {}", show(&simplify(f)));
}
