use std::fmt;

enum Expr {
    Lit(i64),
    Var(String),
    BinOp(Box<Expr>, char, Box<Expr>),
}

impl Expr {
    fn lit(n: i64) -> Box<Expr> {
        Box::new(Expr::Lit(n))
    }
    fn var(name: &str) -> Box<Expr> {
        Box::new(Expr::Var(name.to_string()))
    }
    fn bin(l: Box<Expr>, op: char, r: Box<Expr>) -> Box<Expr> {
        Box::new(Expr::BinOp(l, op, r))
    }

    fn eval(&self, x: i64) -> i64 {
        match self {
            Expr::Lit(n) => *n,
            Expr::Var(_) => x,
            Expr::BinOp(l, op, r) => {
                let (a, b) = (l.eval(x), r.eval(x));
                match op {
                    '+' => a + b,
                    '-' => a - b,
                    '*' => a * b,
                    _ => panic!("unknown operator {}", op),
                }
            }
        }
    }
}

impl fmt::Display for Expr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Expr::Lit(n) => write!(f, "{}", n),
            Expr::Var(v) => write!(f, "{}", v),
            Expr::BinOp(l, op, r) => write!(f, "({} {} {})", l, op, r),
        }
    }
}

fn main() {
    // 2*x*x + 3*x - 5
    let poly = Expr::bin(
        Expr::bin(
            Expr::bin(Expr::bin(Expr::lit(2), '*', Expr::var("x")), '*', Expr::var("x")),
            '+',
            Expr::bin(Expr::lit(3), '*', Expr::var("x")),
        ),
        '-',
        Expr::lit(5),
    );
    println!("f(x) = {}", poly);
    for x in -2..=2 {
        println!("f({}) = {}", x, poly.eval(x));
    }
}
