// Week project: a stack VM. A new instruction was added but the interpreter was not updated.
#[derive(Debug, Clone, Copy)]
enum Instr {
    Push(i32),
    Pop,
    Add,
    Mul,
    Dup,
    Swap,
    Over,
    JumpIfPos(usize),
    Print,
}

#[derive(Debug)]
enum Trap {
    Underflow(usize),
    BadJump(usize),
    TooLong,
}

struct Vm<'p> {
    program: &'p [Instr],
    stack: Vec<i32>,
    pc: usize,
    printed: Vec<i32>,
}

impl<'p> Vm<'p> {
    fn new(program: &'p [Instr]) -> Self {
        Vm { program, stack: Vec::new(), pc: 0, printed: Vec::new() }
    }

    fn pop(&mut self) -> Result<i32, Trap> {
        self.stack.pop().ok_or(Trap::Underflow(self.pc))
    }

    fn step(&mut self) -> Result<(), Trap> {
        let instr = self.program[self.pc];
        self.pc += 1;
        match instr {
            Instr::Push(v) => self.stack.push(v),
            Instr::Pop => {
                self.pop()?;
            }
            Instr::Add => {
                let (b, a) = (self.pop()?, self.pop()?);
                self.stack.push(a + b);
            }
            Instr::Mul => {
                let (b, a) = (self.pop()?, self.pop()?);
                self.stack.push(a * b);
            }
            Instr::Dup => {
                let top = self.pop()?;
                self.stack.extend([top, top]);
            }
            Instr::Swap => {
                let (b, a) = (self.pop()?, self.pop()?);
                self.stack.extend([b, a]);
            }
            Instr::JumpIfPos(target) => {
                if self.pop()? > 0 {
                    if target > self.program.len() {
                        return Err(Trap::BadJump(target));
                    }
                    self.pc = target;
                }
            }
            Instr::Print => {
                let v = self.pop()?;
                self.printed.push(v);
            }
        }
        Ok(())
    }

    fn run(&mut self) -> Result<(), Trap> {
        let mut steps = 0;
        while self.pc < self.program.len() {
            steps += 1;
            if steps > 200 {
                return Err(Trap::TooLong);
            }
            self.step()?;
        }
        Ok(())
    }
}

fn main() {
    use Instr::*;
    // Count down from 5, printing each value.
    let countdown = [
        Push(5),
        Dup, Print,
        Push(-1), Add,
        Dup, JumpIfPos(1),
        Pop,
    ];
    // (2 + 3) * 4 using Over to keep a copy of 4 around.
    let arithmetic = [Push(4), Push(2), Push(3), Add, Over, Mul, Print, Print];
    let broken = [Push(1), Add];

    for (name, prog) in [("countdown", &countdown[..]), ("arithmetic", &arithmetic[..]), ("broken", &broken[..])] {
        let mut vm = Vm::new(prog);
        let result = vm.run();
        println!("{:<10} {:?} printed {:?} stack {:?}", name, result, vm.printed, vm.stack);
    }
}
