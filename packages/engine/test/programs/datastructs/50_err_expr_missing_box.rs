#[derive(Debug)]
enum Expr {
    Num(i32),
    Add(Box<Expr>, Box<Expr>),
    Mul(Box<Expr>, Box<Expr>),
}

fn eval(e: &Expr) -> i32 {
    match e {
        Expr::Num(n) => *n,
        Expr::Add(a, b) => eval(a) + eval(b),
        Expr::Mul(a, b) => eval(a) * eval(b),
    }
}

fn main() {
    let e = Expr::Add(
        Box::new(Expr::Num(2)),
        Expr::Mul(Box::new(Expr::Num(3)), Box::new(Expr::Num(4))),
    );
    println!("{}", eval(&e));
}
