// This VM trusts its bytecode and panics on a bad program (exit code 101).
#[derive(Debug, Clone, Copy)]
enum Op {
    Push(u32),
    Add,
    Mul,
    Print,
}

struct Vm {
    stack: Vec<u32>,
}

impl Vm {
    fn pop(&mut self) -> u32 {
        match self.stack.pop() {
            Some(v) => v,
            None => panic!("stack underflow"),
        }
    }

    fn exec(&mut self, ops: &[Op]) {
        for (pc, op) in ops.iter().enumerate() {
            println!("pc={} {:?} stack={:?}", pc, op, self.stack);
            match *op {
                Op::Push(v) => self.stack.push(v),
                Op::Add => {
                    let (b, a) = (self.pop(), self.pop());
                    self.stack.push(a + b);
                }
                Op::Mul => {
                    let (b, a) = (self.pop(), self.pop());
                    self.stack.push(a * b);
                }
                Op::Print => println!("result: {}", self.stack[self.stack.len() - 1]),
            }
        }
    }
}

fn main() {
    let good = [Op::Push(6), Op::Push(7), Op::Mul, Op::Print];
    let bad = [Op::Push(2), Op::Push(3), Op::Add, Op::Mul, Op::Print];
    let mut vm = Vm { stack: Vec::new() };
    vm.exec(&good);
    vm.stack.clear();
    println!("running the bad program...");
    vm.exec(&bad);
    println!("unreachable: {:?}", vm.stack);
}
