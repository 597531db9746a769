// Week project: a register machine with calls and returns, interpreting an enum of instructions.
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Reg {
    A,
    B,
    C,
}

#[derive(Debug, Clone, Copy)]
enum Op {
    Set(Reg, i32),
    Copy { from: Reg, to: Reg },
    AddReg(Reg, Reg),
    Dec(Reg),
    JumpNotZero(Reg, usize),
    Call(usize),
    Ret,
    Out(Reg),
    Stop,
}

#[derive(Debug)]
enum Fault {
    PcOutOfRange(usize),
    ReturnWithoutCall(usize),
    CallDepth(usize),
    Timeout,
}

impl fmt::Display for Fault {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            Fault::PcOutOfRange(pc) => write!(f, "jumped outside the program (pc={})", pc),
            Fault::ReturnWithoutCall(pc) => write!(f, "ret with empty call stack at {}", pc),
            Fault::CallDepth(d) => write!(f, "call stack too deep ({})", d),
            Fault::Timeout => write!(f, "too many steps"),
        }
    }
}

#[derive(Default)]
struct Machine {
    regs: [i32; 3],
    calls: Vec<usize>,
    out: Vec<i32>,
}

impl Machine {
    fn reg(&mut self, r: Reg) -> &mut i32 {
        let i = match r {
            Reg::A => 0,
            Reg::B => 1,
            Reg::C => 2,
        };
        &mut self.regs[i]
    }

    fn run(&mut self, code: &[Op]) -> Result<usize, Fault> {
        let mut pc = 0;
        for step in 1..=1000 {
            let op = *code.get(pc).ok_or(Fault::PcOutOfRange(pc))?;
            pc += 1;
            match op {
                Op::Set(r, v) => *self.reg(r) = v,
                Op::Copy { from, to } => {
                    let v = *self.reg(from);
                    *self.reg(to) = v;
                }
                Op::AddReg(dst, src) => {
                    let v = *self.reg(src);
                    *self.reg(dst) += v;
                }
                Op::Dec(r) => *self.reg(r) -= 1,
                Op::JumpNotZero(r, target) => {
                    if *self.reg(r) != 0 {
                        pc = target;
                    }
                }
                Op::Call(target) => {
                    if self.calls.len() >= 8 {
                        return Err(Fault::CallDepth(self.calls.len()));
                    }
                    self.calls.push(pc);
                    pc = target;
                }
                Op::Ret => pc = self.calls.pop().ok_or(Fault::ReturnWithoutCall(pc - 1))?,
                Op::Out(r) => {
                    let v = *self.reg(r);
                    self.out.push(v);
                }
                Op::Stop => return Ok(step),
            }
        }
        Err(Fault::Timeout)
    }
}

fn main() {
    use Op::*;
    use Reg::*;
    // Multiply A by B into C via a subroutine that adds A to C, B times.
    let multiply = [
        Set(A, 6), Set(B, 7), Call(6), Copy { from: C, to: B }, Out(B), Stop,
        // 6: subroutine
        Set(C, 0), AddReg(C, A), Dec(B), JumpNotZero(B, 7), Ret,
    ];
    // Fibonacci numbers: A and B leapfrog each other, C counts the rounds.
    let fib = [
        Set(A, 0), Set(B, 1), Set(C, 4),
        Out(A), Call(8), Dec(C), JumpNotZero(C, 3), Stop,
        // 8: one round produces two more numbers
        AddReg(A, B), Out(B), AddReg(B, A), Ret,
    ];
    let recurse = [Call(0)];
    let bad_ret = [Set(A, 1), Ret];
    let runaway = [Set(A, 1), JumpNotZero(A, 0)];
    let off_end = [Set(A, 1), JumpNotZero(A, 40)];

    let programs: [(&str, &[Op]); 6] = [
        ("multiply", &multiply), ("fib", &fib), ("recurse", &recurse),
        ("bad ret", &bad_ret), ("runaway", &runaway), ("off end", &off_end),
    ];
    for (name, code) in programs {
        let mut m = Machine::default();
        match m.run(code) {
            Ok(steps) => println!("{:<9} ok in {:>3} steps, out {:?}, regs {:?}", name, steps, m.out, m.regs),
            Err(fault) => println!("{:<9} fault: {}, out {:?}", name, fault, m.out),
        }
    }
}
