// Recursive descent parser: expr = term (('+'|'-') term)*, term = factor (('*'|'/') factor)*
#[derive(Debug)]
enum Expr {
    Num(i64),
    Bin(char, Box<Expr>, Box<Expr>),
}

struct Parser {
    chars: Vec<char>,
    pos: usize,
}

impl Parser {
    fn peek(&self) -> Option<char> {
        self.chars.get(self.pos).copied()
    }

    fn expr(&mut self) -> Expr {
        let mut lhs = self.term();
        while let Some(op @ ('+' | '-')) = self.peek() {
            self.pos += 1;
            let rhs = self.term();
            lhs = Expr::Bin(op, Box::new(lhs), Box::new(rhs));
        }
        lhs
    }

    fn term(&mut self) -> Expr {
        let mut lhs = self.factor();
        while let Some(op @ ('*' | '/')) = self.peek() {
            self.pos += 1;
            let rhs = self.factor();
            lhs = Expr::Bin(op, Box::new(lhs), Box::new(rhs));
        }
        lhs
    }

    fn factor(&mut self) -> Expr {
        if self.peek() == Some('(') {
            self.pos += 1;
            let e = self.expr();
            self.pos += 1; // skip ')'
            return e;
        }
        let mut n = 0;
        while let Some(d) = self.peek().and_then(|c| c.to_digit(10)) {
            n = n * 10 + d as i64;
            self.pos += 1;
        }
        Expr::Num(n)
    }
}

fn eval(e: &Expr) -> i64 {
    match e {
        Expr::Num(n) => *n,
        Expr::Bin(op, a, b) => {
            let (x, y) = (eval(a), eval(b));
            match op {
                '+' => x + y,
                '-' => x - y,
                '*' => x * y,
                _ => x / y,
            }
        }
    }
}

fn main() {
    for src in ["1+2*3", "(1+2)*3", "100/(2+3)-4", "2*(3+(4-1))*2"] {
        let mut p = Parser { chars: src.chars().collect(), pos: 0 };
        let e = p.expr();
        println!("{} = {}", src, eval(&e));
    }
    let mut p = Parser { chars: "7-2".chars().collect(), pos: 0 };
    println!("{:?}", p.expr());
}
