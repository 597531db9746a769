// Expression tree: the operands are stored directly
enum Expr {
    Num(i64),
    Add(Expr, Expr),
    Sub(Expr, Expr),
}

fn eval(e: &Expr) -> i64 {
    match e {
        Expr::Num(n) => *n,
        Expr::Add(a, b) => eval(a) + eval(b),
        Expr::Sub(a, b) => eval(a) - eval(b),
    }
}

fn main() {
    let e = Expr::Add(Expr::Num(1), Expr::Num(2));
    println!("{}", eval(&e));
}
