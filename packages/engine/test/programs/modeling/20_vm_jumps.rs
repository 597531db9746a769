// A register-free VM with jumps: enough to write loops.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Op {
    Push(i64),
    Load(usize),
    Store(usize),
    Add,
    Mul,
    JumpIfZero(usize),
    Jump(usize),
    Halt,
}

struct Machine {
    stack: Vec<i64>,
    vars: [i64; 4],
    pc: usize,
    steps: u32,
}

impl Machine {
    fn new() -> Self {
        Machine { stack: vec![], vars: [0; 4], pc: 0, steps: 0 }
    }

    fn pop(&mut self) -> i64 {
        self.stack.pop().expect("stack underflow")
    }

    fn run(&mut self, code: &[Op]) {
        loop {
            let op = code[self.pc];
            self.pc += 1;
            self.steps += 1;
            match op {
                Op::Push(v) => self.stack.push(v),
                Op::Load(slot) => self.stack.push(self.vars[slot]),
                Op::Store(slot) => self.vars[slot] = self.pop(),
                Op::Add => {
                    let b = self.pop();
                    let a = self.pop();
                    self.stack.push(a + b);
                }
                Op::Mul => {
                    let b = self.pop();
                    let a = self.pop();
                    self.stack.push(a * b);
                }
                Op::JumpIfZero(target) => {
                    if self.pop() == 0 {
                        self.pc = target;
                    }
                }
                Op::Jump(target) => self.pc = target,
                Op::Halt => break,
            }
        }
    }
}

fn main() {
    // vars[0] = n, vars[1] = acc; computes n! for n = 10
    let factorial = vec![
        Op::Push(10), Op::Store(0),            // 0,1: n = 10
        Op::Push(1), Op::Store(1),             // 2,3: acc = 1
        Op::Load(0), Op::JumpIfZero(15),       // 4,5: while n != 0
        Op::Load(1), Op::Load(0), Op::Mul, Op::Store(1), // 6..9: acc *= n
        Op::Load(0), Op::Push(-1), Op::Add, Op::Store(0), // 10..13: n -= 1
        Op::Jump(4),                           // 14
        Op::Halt,                              // 15
    ];
    let mut m = Machine::new();
    m.run(&factorial);
    println!("10! = {}", m.vars[1]);
    println!("steps executed: {}", m.steps);
    println!("final n = {}, stack empty: {}", m.vars[0], m.stack.is_empty());
    let jumps = factorial.iter().filter(|op| matches!(op, Op::Jump(_) | Op::JumpIfZero(_))).count();
    println!("program has {} ops, {} of them jumps", factorial.len(), jumps);
}
