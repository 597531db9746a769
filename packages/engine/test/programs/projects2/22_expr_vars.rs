// Week project: an expression language with variables and `let` statements.
use std::collections::HashMap;

#[derive(Debug, Clone)]
enum Expr {
    Num(i64),
    Var(String),
    Add(Box<Expr>, Box<Expr>),
    Mul(Box<Expr>, Box<Expr>),
}

#[derive(Debug)]
enum Stmt {
    Let(String, Expr),
    Print(Expr),
}

struct Parser<'a> {
    words: Vec<&'a str>,
    pos: usize,
}

impl<'a> Parser<'a> {
    fn new(line: &'a str) -> Self {
        Parser { words: line.split_whitespace().collect(), pos: 0 }
    }

    fn advance(&mut self) -> Option<&'a str> {
        let w = self.words.get(self.pos).copied();
        self.pos += 1;
        w
    }

    fn statement(&mut self) -> Result<Stmt, String> {
        if self.words.first() == Some(&"let") {
            self.pos = 1;
            let name = self.advance().ok_or("missing name")?;
            if self.advance() != Some("=") {
                return Err(format!("expected '=' after {}", name));
            }
            let value = self.sum()?;
            return Ok(Stmt::Let(name.to_string(), value));
        }
        Ok(Stmt::Print(self.sum()?))
    }

    fn sum(&mut self) -> Result<Expr, String> {
        let mut left = self.product()?;
        while self.words.get(self.pos) == Some(&"+") {
            self.pos += 1;
            left = Expr::Add(Box::new(left), Box::new(self.product()?));
        }
        Ok(left)
    }

    fn product(&mut self) -> Result<Expr, String> {
        let mut left = self.atom()?;
        while self.words.get(self.pos) == Some(&"*") {
            self.pos += 1;
            left = Expr::Mul(Box::new(left), Box::new(self.atom()?));
        }
        Ok(left)
    }

    fn atom(&mut self) -> Result<Expr, String> {
        let word = self.advance().ok_or("unexpected end")?;
        if let Ok(n) = word.parse() {
            Ok(Expr::Num(n))
        } else if word.chars().all(|c| c.is_ascii_alphabetic()) {
            Ok(Expr::Var(word.to_string()))
        } else {
            Err(format!("unexpected '{}'", word))
        }
    }
}

fn eval(e: &Expr, env: &HashMap<String, i64>) -> Result<i64, String> {
    Ok(match e {
        Expr::Num(n) => *n,
        Expr::Var(name) => *env.get(name).ok_or(format!("undefined variable {}", name))?,
        Expr::Add(a, b) => eval(a, env)? + eval(b, env)?,
        Expr::Mul(a, b) => eval(a, env)? * eval(b, env)?,
    })
}

fn free_vars(e: &Expr, out: &mut Vec<String>) {
    match e {
        Expr::Num(_) => {}
        Expr::Var(v) if !out.contains(v) => out.push(v.clone()),
        Expr::Var(_) => {}
        Expr::Add(a, b) | Expr::Mul(a, b) => {
            free_vars(a, out);
            free_vars(b, out);
        }
    }
}

fn main() {
    let program = [
        "let width = 6", "let height = width + 2", "width * height", "let area = width * height",
        "area + depth", "let width = area * 2", "width + 1 * 3", "let = 5", "3 + + 4", "2 * 3 + 4 * 5",
    ];
    let mut env: HashMap<String, i64> = HashMap::new();
    for (n, line) in program.iter().enumerate() {
        let stmt = Parser::new(line).statement();
        let result = stmt.and_then(|s| match s {
            Stmt::Let(name, e) => {
                let v = eval(&e, &env)?;
                env.insert(name.clone(), v);
                Ok(format!("{} := {}", name, v))
            }
            Stmt::Print(e) => {
                let mut vars = Vec::new();
                free_vars(&e, &mut vars);
                Ok(format!("{} (uses {:?})", eval(&e, &env)?, vars))
            }
        });
        match result {
            Ok(text) => println!("{:>2} | {:<26} {}", n + 1, line, text),
            Err(err) => println!("{:>2} | {:<26} error: {}", n + 1, line, err),
        }
    }
    let mut names: Vec<_> = env.iter().collect();
    names.sort();
    println!("environment: {:?}", names);
}
