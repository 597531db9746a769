// Evaluate an expression tree given by reference
enum Expr {
    Num(i64),
    Add(Box<Expr>, Box<Expr>),
}

fn eval(e: &Expr) -> i64 {
    match e {
        Expr::Num(n) => *n,
        Expr::Add(a, b) => eval(&*a) + eval(&*b),
    }
}

fn leftmost(e: &Expr) -> Expr {
    match e {
        Expr::Num(n) => Expr::Num(*n),
        Expr::Add(a, _) => **a,
    }
}

fn main() {
    let e = Expr::Add(Box::new(Expr::Num(4)), Box::new(Expr::Num(5)));
    println!("{}", eval(&e));
    println!("{}", eval(&leftmost(&e)));
}
