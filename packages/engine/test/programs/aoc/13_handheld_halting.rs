// 2020 day 8: a tiny instruction interpreter with loop detection
#[derive(Debug, Clone, Copy, PartialEq)]
enum Op {
    Nop,
    Acc,
    Jmp,
}

#[derive(Debug, Clone, Copy)]
struct Instr {
    op: Op,
    arg: i32,
}

const PROGRAM: &str = "nop +0
acc +1
jmp +4
acc +3
jmp -3
acc -99
acc +1
jmp -4
acc +6";

/// Ok(acc) if the program terminates, Err(acc) if it loops.
fn run(prog: &[Instr]) -> Result<i32, i32> {
    let mut visited = vec![false; prog.len()];
    let mut pc: i32 = 0;
    let mut acc = 0;
    loop {
        if pc as usize == prog.len() {
            return Ok(acc);
        }
        let i = pc as usize;
        if visited[i] {
            return Err(acc);
        }
        visited[i] = true;
        let ins = prog[i];
        match ins.op {
            Op::Nop => pc += 1,
            Op::Acc => {
                acc += ins.arg;
                pc += 1;
            }
            Op::Jmp => pc += ins.arg,
        }
    }
}

fn main() {
    let prog: Vec<Instr> = PROGRAM
        .lines()
        .map(|l| {
            let (name, arg) = l.split_once(' ').unwrap();
            let op = match name {
                "nop" => Op::Nop,
                "acc" => Op::Acc,
                "jmp" => Op::Jmp,
                other => panic!("bad op {}", other),
            };
            Instr { op, arg: arg.parse().unwrap() }
        })
        .collect();

    println!("Part 1: {:?}", run(&prog));

    for i in 0..prog.len() {
        let mut patched = prog.clone();
        patched[i].op = match prog[i].op {
            Op::Nop => Op::Jmp,
            Op::Jmp => Op::Nop,
            Op::Acc => continue,
        };
        if let Ok(acc) = run(&patched) {
            println!("Part 2: flipping line {} gives {}", i + 1, acc);
            break;
        }
    }
}
