use std::fmt;

#[derive(Debug, Clone, PartialEq)]
enum Expr {
    Lit(f64),
    Var(String),
    BinOp(Box<Expr>, char, Box<Expr>),
}

impl fmt::Display for Expr {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            Expr::Lit(x) => write!(f, "{}", x),
            Expr::Var(name) => write!(f, "{}", name),
            Expr::BinOp(l, op, r) => write!(f, "({} {} {})", l, op, r),
        }
    }
}

impl Expr {
    fn bin(l: Expr, op: char, r: Expr) -> Expr {
        Expr::BinOp(Box::new(l), op, Box::new(r))
    }

    // Constant folding plus a few identities: x*1 = x, x+0 = x, x*0 = 0.
    fn simplify(self) -> Expr {
        match self {
            Expr::BinOp(l, op, r) => {
                let l = l.simplify();
                let r = r.simplify();
                match (&l, op, &r) {
                    (Expr::Lit(a), '+', Expr::Lit(b)) => Expr::Lit(a + b),
                    (Expr::Lit(a), '*', Expr::Lit(b)) => Expr::Lit(a * b),
                    (_, '*', Expr::Lit(b)) if *b == 1.0 => l,
                    (_, '+', Expr::Lit(b)) if *b == 0.0 => l,
                    (_, '*', Expr::Lit(b)) if *b == 0.0 => Expr::Lit(0.0),
                    _ => Expr::bin(l, op, r),
                }
            }
            other => other,
        }
    }
}

fn main() {
    let x = || Expr::Var("x".to_string());
    let exprs = vec![
        Expr::bin(Expr::Lit(2.0), '+', Expr::Lit(3.5)),
        Expr::bin(x(), '*', Expr::bin(Expr::Lit(0.5), '*', Expr::Lit(2.0))),
        Expr::bin(Expr::bin(x(), '+', Expr::Lit(0.0)), '-', Expr::Lit(1.0)),
        Expr::bin(Expr::bin(x(), '+', Expr::Lit(4.0)), '*', Expr::Lit(0.0)),
    ];
    for e in exprs {
        let before = e.to_string();
        let after = e.simplify();
        println!("{:<22} => {}", before, after);
    }
    assert_eq!(Expr::bin(x(), '*', Expr::Lit(1.0)).simplify(), x());
}
