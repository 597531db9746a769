// Adding a new variant to the expression type
enum Expr {
    Num(f64),
    Add(Box<Expr>, Box<Expr>),
    Div(Box<Expr>, Box<Expr>),
}

fn eval(e: &Expr) -> f64 {
    match e {
        Expr::Num(n) => *n,
        Expr::Add(a, b) => eval(a) + eval(b),
    }
}

fn main() {
    let e = Expr::Div(Box::new(Expr::Num(1.0)), Box::new(Expr::Num(4.0)));
    println!("{}", eval(&e));
}
