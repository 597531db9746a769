use std::collections::HashMap;

#[derive(Debug)]
enum Expr {
    Const(i32),
    Var(&'static str),
    Add(Box<Expr>, Box<Expr>),
    Div(Box<Expr>, Box<Expr>),
    Let(&'static str, Box<Expr>, Box<Expr>),
}

#[derive(Debug, PartialEq)]
enum EvalError {
    Unbound(&'static str),
    DivideByZero,
}

type Env = HashMap<&'static str, i32>;

fn eval(e: &Expr, env: &mut Env) -> Result<i32, EvalError> {
    match e {
        Expr::Const(n) => Ok(*n),
        Expr::Var(name) => env.get(name).copied().ok_or(EvalError::Unbound(name)),
        Expr::Add(a, b) => Ok(eval(a, env)? + eval(b, env)?),
        Expr::Div(a, b) => {
            let top = eval(a, env)?;
            let bottom = eval(b, env)?;
            if bottom == 0 {
                Err(EvalError::DivideByZero)
            } else {
                Ok(top / bottom)
            }
        }
        Expr::Let(name, value, body) => {
            let v = eval(value, env)?;
            let old = env.insert(name, v);
            let result = eval(body, env);
            match old {
                Some(prev) => env.insert(name, prev),
                None => env.remove(name),
            };
            result
        }
    }
}

fn b(e: Expr) -> Box<Expr> {
    Box::new(e)
}

fn main() {
    use Expr::*;
    let programs = vec![
        Let("x", b(Const(10)), b(Add(b(Var("x")), b(Var("x"))))),
        Div(b(Const(7)), b(Add(b(Const(2)), b(Const(-2))))),
        Add(b(Var("y")), b(Const(1))),
        Let("y", b(Const(3)), b(Let("y", b(Const(100)), b(Div(b(Var("y")), b(Const(7))))))),
        Add(b(Var("limit")), b(Const(1))),
    ];
    let mut env: Env = HashMap::new();
    env.insert("limit", 41);
    for (i, p) in programs.iter().enumerate() {
        match eval(p, &mut env) {
            Ok(v) => println!("program {} => {}", i, v),
            Err(err) => println!("program {} failed: {:?}", i, err),
        }
    }
    println!("env still has {} binding(s), limit = {}", env.len(), env["limit"]);
}
