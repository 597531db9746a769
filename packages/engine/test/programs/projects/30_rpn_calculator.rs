// Reverse Polish notation calculator. The last program is malformed and the
// calculator uses expect(), so it panics.
use std::collections::HashMap;

#[derive(Debug, Clone, Copy)]
enum Op {
    Add,
    Sub,
    Mul,
    Div,
    Pow,
}

#[derive(Debug)]
enum Item {
    Number(f64),
    Operator(Op),
    Variable(String),
    Dup,
}

fn lex(src: &str) -> Vec<Item> {
    src.split_whitespace()
        .map(|w| match w {
            "+" => Item::Operator(Op::Add),
            "-" => Item::Operator(Op::Sub),
            "*" => Item::Operator(Op::Mul),
            "/" => Item::Operator(Op::Div),
            "^" => Item::Operator(Op::Pow),
            "dup" => Item::Dup,
            _ => match w.parse::<f64>() {
                Ok(n) => Item::Number(n),
                Err(_) => Item::Variable(w.to_string()),
            },
        })
        .collect()
}

struct Calculator {
    vars: HashMap<String, f64>,
    stack: Vec<f64>,
}

impl Calculator {
    fn new() -> Self {
        let mut vars = HashMap::new();
        vars.insert("pi".to_string(), std::f64::consts::PI);
        vars.insert("g".to_string(), 9.81);
        Calculator { vars, stack: Vec::new() }
    }

    fn eval(&mut self, src: &str) -> f64 {
        self.stack.clear();
        for item in lex(src) {
            match item {
                Item::Number(n) => self.stack.push(n),
                Item::Variable(name) => {
                    let v = *self.vars.get(&name).unwrap_or_else(|| panic!("unknown variable {}", name));
                    self.stack.push(v);
                }
                Item::Dup => {
                    let top = *self.stack.last().expect("dup on empty stack");
                    self.stack.push(top);
                }
                Item::Operator(op) => {
                    let b = self.stack.pop().expect("operator needs two operands");
                    let a = self.stack.pop().expect("operator needs two operands");
                    let r = match op {
                        Op::Add => a + b,
                        Op::Sub => a - b,
                        Op::Mul => a * b,
                        Op::Div => a / b,
                        Op::Pow => a.powf(b),
                    };
                    self.stack.push(r);
                }
            }
        }
        assert_eq!(self.stack.len(), 1, "expression left {:?} on the stack", self.stack);
        self.stack[0]
    }

    fn define(&mut self, name: &str, src: &str) {
        let v = self.eval(src);
        self.vars.insert(name.to_string(), v);
    }
}

fn main() {
    let mut calc = Calculator::new();
    let programs = [
        "3 4 +",
        "5 1 2 + 4 * + 3 -",
        "2 10 ^",
        "pi 2 dup * *",
        "1 3 /",
    ];
    for p in programs.iter() {
        println!("{:<22} => {}", p, calc.eval(p));
    }
    calc.define("r", "0.5");
    calc.define("area", "pi r dup * *");
    println!("area of circle r=0.5 => {:.5}", calc.vars["area"]);
    println!("fall time from 20 m  => {:.3} s", calc.eval("2 20 * g / 0.5 ^"));

    let broken = "4 5 + *";
    println!("evaluating {:?} ...", broken);
    println!("{}", calc.eval(broken));
}
