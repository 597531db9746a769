use std::collections::HashSet;

#[derive(Debug, Clone, Copy)]
enum Instruction {
    Acc(i32),
    Jmp(i32),
    Nop(i32),
}

fn parse(line: &str) -> Instruction {
    let (op, arg) = line.split_once(' ').unwrap();
    let arg: i32 = arg.parse().unwrap();
    match op {
        "acc" => Instruction::Acc(arg),
        "jmp" => Instruction::Jmp(arg),
        "nop" => Instruction::Nop(arg),
        _ => panic!("unknown op {}", op),
    }
}

/// Ok(acc) if the program terminates, Err(acc) if it loops.
fn run(program: &[Instruction]) -> Result<i32, i32> {
    let mut acc = 0;
    let mut pc: i32 = 0;
    let mut seen = HashSet::new();
    while (pc as usize) < program.len() {
        if !seen.insert(pc) {
            return Err(acc);
        }
        match program[pc as usize] {
            Instruction::Acc(n) => {
                acc += n;
                pc += 1;
            }
            Instruction::Jmp(n) => pc += n,
            Instruction::Nop(_) => pc += 1,
        }
    }
    Ok(acc)
}

fn main() {
    let code = "nop +0\nacc +1\njmp +4\nacc +3\njmp -3\nacc -99\nacc +1\njmp -4\nacc +6";
    let program: Vec<Instruction> = code.lines().map(parse).collect();

    match run(&program) {
        Ok(acc) => println!("terminated?! acc = {}", acc),
        Err(acc) => println!("Part 1: loop detected, acc = {}", acc),
    }

    for i in 0..program.len() {
        let mut patched = program.clone();
        patched[i] = match program[i] {
            Instruction::Jmp(n) => Instruction::Nop(n),
            Instruction::Nop(n) => Instruction::Jmp(n),
            Instruction::Acc(_) => continue,
        };
        if let Ok(acc) = run(&patched) {
            println!("Part 2: flipping line {} ({:?}) gives acc = {}", i + 1, program[i], acc);
            break;
        }
    }
}
