// A tiny stack-based virtual machine with jumps, used to compute factorials.
#[derive(Debug, Clone, Copy)]
enum Instr {
    Push(i64),
    Pop,
    Add,
    Sub,
    Mul,
    Dup,
    Swap,
    Over,
    Jz(usize),
    Jmp(usize),
    Print,
    Halt,
}

#[derive(Debug)]
enum VmError {
    StackUnderflow(usize),
    BadJump(usize),
    StepLimit,
}

struct Vm<'a> {
    program: &'a [Instr],
    stack: Vec<i64>,
    pc: usize,
    steps: usize,
    output: Vec<i64>,
}

impl<'a> Vm<'a> {
    fn new(program: &'a [Instr]) -> Self {
        Vm { program, stack: Vec::new(), pc: 0, steps: 0, output: Vec::new() }
    }

    fn pop(&mut self) -> Result<i64, VmError> {
        self.stack.pop().ok_or(VmError::StackUnderflow(self.pc))
    }

    fn run(&mut self) -> Result<(), VmError> {
        while self.pc < self.program.len() {
            self.steps += 1;
            if self.steps > 1000 {
                return Err(VmError::StepLimit);
            }
            let instr = self.program[self.pc];
            self.pc += 1;
            match instr {
                Instr::Push(v) => self.stack.push(v),
                Instr::Pop => { self.pop()?; }
                Instr::Add => { let b = self.pop()?; let a = self.pop()?; self.stack.push(a + b); }
                Instr::Sub => { let b = self.pop()?; let a = self.pop()?; self.stack.push(a - b); }
                Instr::Mul => { let b = self.pop()?; let a = self.pop()?; self.stack.push(a * b); }
                Instr::Dup => { let a = self.pop()?; self.stack.push(a); self.stack.push(a); }
                Instr::Swap => { let b = self.pop()?; let a = self.pop()?; self.stack.push(b); self.stack.push(a); }
                Instr::Over => {
                    let b = self.pop()?;
                    let a = self.pop()?;
                    self.stack.extend_from_slice(&[a, b, a]);
                }
                Instr::Jz(target) | Instr::Jmp(target) if target > self.program.len() => {
                    return Err(VmError::BadJump(target));
                }
                Instr::Jz(target) => {
                    if self.pop()? == 0 {
                        self.pc = target;
                    }
                }
                Instr::Jmp(target) => self.pc = target,
                Instr::Print => {
                    let top = *self.stack.last().ok_or(VmError::StackUnderflow(self.pc))?;
                    self.output.push(top);
                }
                Instr::Halt => break,
            }
        }
        Ok(())
    }
}

fn main() {
    use Instr::*;
    // acc n -- computes 5! : stack holds [acc, n]
    let factorial = [
        Push(1), Push(5),          // 0,1
        Dup, Jz(0),                // 2,3  : if n == 0 goto end (patched below)
        Dup, Print, Pop,           // 4,5,6 : show n (Print only peeks)
        Swap, Over, Mul, Swap,     // 7..10 : [acc, n] -> [acc * n, n]
        Push(1), Sub, Jmp(2),      // 11..13: n -= 1
        Pop, Print, Halt,          // 14..16: end
    ];
    // fix the jump target for the end label after laying out the code
    let mut code = factorial.to_vec();
    code[3] = Jz(14);
    let mut vm = Vm::new(&code);
    match vm.run() {
        Ok(()) => println!("factorial ok: output {:?}, steps {}", vm.output, vm.steps),
        Err(e) => println!("factorial failed: {:?}", e),
    }

    let programs: Vec<(&str, Vec<Instr>)> = vec![
        ("arith", vec![Push(2), Push(3), Add, Push(4), Mul, Print, Halt]),
        ("underflow", vec![Push(1), Add, Print]),
        ("bad jump", vec![Push(0), Jz(40)]),
        ("infinite", vec![Jmp(0)]),
    ];
    for (name, prog) in &programs {
        let mut vm = Vm::new(prog);
        let result = vm.run();
        println!("{:<10} -> {:?} output={:?} stack={:?}", name, result, vm.output, vm.stack);
    }
}
