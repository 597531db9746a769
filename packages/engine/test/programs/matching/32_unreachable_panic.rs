#[derive(Debug)]
enum Op {
    Push(i32),
    Add,
    Mul,
    Pop,
}

fn execute(ops: &[Op]) -> Vec<i32> {
    let mut stack = Vec::new();
    for op in ops {
        match op {
            Op::Push(v) => stack.push(*v),
            Op::Add | Op::Mul => {
                let (Some(b), Some(a)) = (stack.pop(), stack.pop()) else {
                    panic!("stack underflow at {:?}", op);
                };
                stack.push(match op {
                    Op::Add => a + b,
                    Op::Mul => a * b,
                    _ => unreachable!(),
                });
            }
            Op::Pop => {
                stack.pop();
            }
        }
        println!("after {:?}: {:?}", op, stack);
    }
    stack
}

fn main() {
    let good = [Op::Push(2), Op::Push(3), Op::Add, Op::Push(4), Op::Mul];
    println!("result: {:?}", execute(&good));
    let bad = [Op::Push(1), Op::Pop, Op::Push(5), Op::Add];
    println!("result: {:?}", execute(&bad));
}
