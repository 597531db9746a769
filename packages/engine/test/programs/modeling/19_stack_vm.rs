// A minimal stack-based virtual machine.
#[derive(Debug, Clone, Copy)]
enum Instr {
    Push(i32),
    Add,
    Mul,
    Sub,
    Dup,
    Swap,
    Print,
}

struct Vm {
    stack: Vec<i32>,
    executed: usize,
}

impl Vm {
    fn new() -> Vm {
        Vm { stack: Vec::with_capacity(16), executed: 0 }
    }

    fn pop2(&mut self) -> Option<(i32, i32)> {
        let b = self.stack.pop()?;
        let a = self.stack.pop()?;
        Some((a, b))
    }

    fn step(&mut self, instr: Instr) -> Option<()> {
        match instr {
            Instr::Push(v) => self.stack.push(v),
            Instr::Add => {
                let (a, b) = self.pop2()?;
                self.stack.push(a + b);
            }
            Instr::Sub => {
                let (a, b) = self.pop2()?;
                self.stack.push(a - b);
            }
            Instr::Mul => {
                let (a, b) = self.pop2()?;
                self.stack.push(a * b);
            }
            Instr::Dup => {
                let top = *self.stack.last()?;
                self.stack.push(top);
            }
            Instr::Swap => {
                let (a, b) = self.pop2()?;
                self.stack.push(b);
                self.stack.push(a);
            }
            Instr::Print => println!("  out: {}", self.stack.last()?),
        }
        self.executed += 1;
        Some(())
    }

    fn run(&mut self, program: &[Instr]) -> Result<(), String> {
        for (pc, &instr) in program.iter().enumerate() {
            self.step(instr).ok_or_else(|| format!("stack underflow at pc={} ({:?})", pc, instr))?;
        }
        Ok(())
    }
}

fn main() {
    use Instr::*;
    // (3 + 4)^2 - 10
    let square = [Push(3), Push(4), Add, Dup, Mul, Push(10), Sub, Print];
    // 2 - 9, but swapped first
    let swapped = [Push(2), Push(9), Swap, Sub, Print];
    let broken = [Push(1), Add, Print];

    for (name, prog) in [("square", &square[..]), ("swapped", &swapped[..]), ("broken", &broken[..])] {
        let mut vm = Vm::new();
        println!("{}:", name);
        match vm.run(prog) {
            Ok(()) => println!("  ok after {} instrs, stack {:?}", vm.executed, vm.stack),
            Err(e) => println!("  error: {}", e),
        }
    }
}
