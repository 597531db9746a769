// Week project: a reverse Polish notation calculator built on a Vec stack.
use std::fmt;

#[derive(Debug, PartialEq)]
enum CalcError {
    StackUnderflow(String),
    DivisionByZero,
    UnknownToken(String),
    LeftoverValues(usize),
    Empty,
}

impl fmt::Display for CalcError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            CalcError::StackUnderflow(op) => write!(f, "not enough operands for '{}'", op),
            CalcError::DivisionByZero => write!(f, "division by zero"),
            CalcError::UnknownToken(t) => write!(f, "unknown token '{}'", t),
            CalcError::LeftoverValues(n) => write!(f, "{} values left on the stack", n),
            CalcError::Empty => write!(f, "empty expression"),
        }
    }
}

struct Calculator {
    stack: Vec<i64>,
    trace: bool,
}

impl Calculator {
    fn new(trace: bool) -> Self {
        Calculator { stack: Vec::new(), trace }
    }

    fn pop_two(&mut self, op: &str) -> Result<(i64, i64), CalcError> {
        let b = self.stack.pop().ok_or_else(|| CalcError::StackUnderflow(op.to_string()))?;
        let a = self.stack.pop().ok_or_else(|| CalcError::StackUnderflow(op.to_string()))?;
        Ok((a, b))
    }

    fn step(&mut self, token: &str) -> Result<(), CalcError> {
        if let Ok(n) = token.parse::<i64>() {
            self.stack.push(n);
            return Ok(());
        }
        let value = match token {
            "+" | "-" | "*" | "/" | "%" => {
                let (a, b) = self.pop_two(token)?;
                match token {
                    "+" => a + b,
                    "-" => a - b,
                    "*" => a * b,
                    _ if b == 0 => return Err(CalcError::DivisionByZero),
                    "/" => a / b,
                    _ => a % b,
                }
            }
            "neg" => {
                let a = self.stack.pop().ok_or(CalcError::StackUnderflow("neg".into()))?;
                -a
            }
            "dup" => {
                let a = *self.stack.last().ok_or(CalcError::StackUnderflow("dup".into()))?;
                a
            }
            "swap" => {
                let (a, b) = self.pop_two(token)?;
                self.stack.push(b);
                a
            }
            other => return Err(CalcError::UnknownToken(other.to_string())),
        };
        self.stack.push(value);
        Ok(())
    }

    fn eval(&mut self, line: &str) -> Result<i64, CalcError> {
        self.stack.clear();
        for token in line.split_whitespace() {
            self.step(token)?;
            if self.trace {
                println!("    {:>4} -> {:?}", token, self.stack);
            }
        }
        match self.stack.len() {
            0 => Err(CalcError::Empty),
            1 => Ok(self.stack[0]),
            n => Err(CalcError::LeftoverValues(n)),
        }
    }
}

fn main() {
    let mut traced = Calculator::new(true);
    println!("tracing '3 4 + 2 *':");
    let r = traced.eval("3 4 + 2 *");
    println!("  result: {:?}", r);

    let mut calc = Calculator::new(false);
    let programs = [
        "5 1 2 + 4 * + 3 -",
        "2 dup * dup *",
        "10 3 swap -",
        "7 neg 2 /",
        "17 5 %",
        "1 +",
        "4 0 /",
        "2 3 4",
        "6 x *",
        "   ",
    ];
    let mut ok = 0;
    for p in programs.iter() {
        match calc.eval(p) {
            Ok(v) => {
                ok += 1;
                println!("{:<20} = {}", p.trim(), v);
            }
            Err(e) => println!("{:<20} error: {}", p.trim(), e),
        }
    }
    println!("{} of {} programs evaluated", ok, programs.len());
    assert_eq!(calc.eval("1 0 %"), Err(CalcError::DivisionByZero));
}
