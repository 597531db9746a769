// Week project: a tiny virtual machine that interprets a list of instructions.
use std::collections::HashMap;

#[derive(Debug, Clone, PartialEq)]
enum Instr {
    Push(i64),
    Load(&'static str),
    Store(&'static str),
    Add,
    Sub,
    Mul,
    Lt,
    JumpIfZero(usize),
    Jump(usize),
    Print,
    Halt,
}

#[derive(Debug)]
enum VmError {
    EmptyStack { pc: usize },
    UnknownVar(&'static str),
    StepLimit(usize),
}

struct Vm {
    stack: Vec<i64>,
    vars: HashMap<&'static str, i64>,
    pc: usize,
    steps: usize,
    output: Vec<i64>,
}

impl Vm {
    fn new() -> Vm {
        Vm { stack: Vec::new(), vars: HashMap::new(), pc: 0, steps: 0, output: Vec::new() }
    }

    fn pop(&mut self) -> Result<i64, VmError> {
        self.stack.pop().ok_or(VmError::EmptyStack { pc: self.pc })
    }

    fn binary(&mut self, f: fn(i64, i64) -> i64) -> Result<(), VmError> {
        let b = self.pop()?;
        let a = self.pop()?;
        self.stack.push(f(a, b));
        Ok(())
    }

    fn run(&mut self, program: &[Instr]) -> Result<(), VmError> {
        while self.pc < program.len() {
            self.steps += 1;
            if self.steps > 500 {
                return Err(VmError::StepLimit(self.steps));
            }
            let mut next = self.pc + 1;
            match &program[self.pc] {
                Instr::Push(n) => self.stack.push(*n),
                Instr::Load(name) => {
                    let v = *self.vars.get(name).ok_or(VmError::UnknownVar(*name))?;
                    self.stack.push(v);
                }
                Instr::Store(name) => {
                    let v = self.pop()?;
                    self.vars.insert(*name, v);
                }
                Instr::Add => self.binary(|a, b| a + b)?,
                Instr::Sub => self.binary(|a, b| a - b)?,
                Instr::Mul => self.binary(|a, b| a * b)?,
                Instr::Lt => self.binary(|a, b| (a < b) as i64)?,
                Instr::JumpIfZero(target) => {
                    if self.pop()? == 0 {
                        next = *target;
                    }
                }
                Instr::Jump(target) => next = *target,
                Instr::Print => {
                    let v = self.pop()?;
                    self.output.push(v);
                }
                Instr::Halt => return Ok(()),
            }
            self.pc = next;
        }
        Ok(())
    }
}

fn factorial_program(n: i64) -> Vec<Instr> {
    use Instr::*;
    vec![
        Push(n), Store("n"), Push(1), Store("acc"),
        // 4: loop while 0 < n
        Push(0), Load("n"), Lt, JumpIfZero(18),
        Load("acc"), Load("n"), Mul, Store("acc"),
        Load("n"), Push(1), Sub, Store("n"),
        Jump(4), Halt,
        // 18: done
        Load("acc"), Print, Halt,
    ]
}

fn main() {
    for n in [0, 1, 5, 10] {
        let mut vm = Vm::new();
        match vm.run(&factorial_program(n)) {
            Ok(()) => println!("{}! = {:?} in {} steps", n, vm.output, vm.steps),
            Err(e) => println!("{}! failed: {:?}", n, e),
        }
    }

    let broken: Vec<(&str, Vec<Instr>)> = vec![
        ("underflow", vec![Instr::Push(1), Instr::Add]),
        ("unknown var", vec![Instr::Load("x"), Instr::Print]),
        ("spin", vec![Instr::Jump(0)]),
        ("countdown", vec![
            Instr::Push(3), Instr::Store("i"),
            Instr::Load("i"), Instr::Print,
            Instr::Load("i"), Instr::Push(1), Instr::Sub, Instr::Store("i"),
            Instr::Load("i"), Instr::JumpIfZero(11), Instr::Jump(2),
        ]),
    ];
    for (name, prog) in &broken {
        let mut vm = Vm::new();
        let result = vm.run(prog);
        println!("{:<12} -> {:?}, output {:?}", name, result.map(|_| "ok"), vm.output);
    }
}
