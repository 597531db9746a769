// 2019 day 2 style Intcode: add, multiply, halt
fn run(mut mem: Vec<usize>) -> Vec<usize> {
    let mut ip = 0;
    loop {
        match mem[ip] {
            1 => {
                let (a, b, dst) = (mem[ip + 1], mem[ip + 2], mem[ip + 3]);
                mem[dst] = mem[a] + mem[b];
            }
            2 => {
                let (a, b, dst) = (mem[ip + 1], mem[ip + 2], mem[ip + 3]);
                mem[dst] = mem[a] * mem[b];
            }
            99 => return mem,
            op => panic!("unknown opcode {} at {}", op, ip),
        }
        ip += 4;
    }
}

fn parse(src: &str) -> Vec<usize> {
    src.trim().split(',').map(|n| n.parse().unwrap()).collect()
}

fn main() {
    let examples = ["1,0,0,0,99", "2,3,0,3,99", "2,4,4,5,99,0", "1,1,1,4,99,5,6,0,99"];
    for e in examples {
        println!("{} => {:?}", e, run(parse(e)));
    }

    let program = parse("1,9,10,3,2,3,11,0,99,30,40,50");
    println!("Part 1: {}", run(program.clone())[0]);

    // find noun/verb producing a target; the tiny program only has cells 0..12
    let target = 3500;
    'search: for noun in 0..12 {
        for verb in 0..12 {
            let mut mem = program.clone();
            mem[1] = noun;
            mem[2] = verb;
            if run(mem)[0] == target {
                println!("Part 2: {}", 100 * noun + verb);
                break 'search;
            }
        }
    }

    // a broken program: opcode 7 is not known yet
    let broken = parse("1,0,0,0,7,0,0,0,99");
    println!("running broken program...");
    run(broken);
}
