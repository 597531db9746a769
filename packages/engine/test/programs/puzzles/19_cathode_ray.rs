#[derive(Debug)]
enum Instr {
    Noop,
    Addx(i32),
}

fn parse(line: &str) -> Instr {
    if let Some(rest) = line.strip_prefix("addx ") {
        Instr::Addx(rest.parse().unwrap())
    } else {
        Instr::Noop
    }
}

fn main() {
    let program = "noop\naddx 3\naddx -5\naddx 8\nnoop\naddx -2\naddx 4\nnoop\naddx 1\naddx -6";
    let instrs: Vec<Instr> = program.lines().map(parse).collect();

    // x value during each cycle (index 0 = cycle 1)
    let mut x = 1;
    let mut history: Vec<i32> = Vec::new();
    for ins in &instrs {
        match ins {
            Instr::Noop => history.push(x),
            Instr::Addx(v) => {
                history.push(x);
                history.push(x);
                x += v;
            }
        }
    }
    println!("cycles: {}, final x: {}", history.len(), x);

    let strength: i32 = [2, 5, 8, 11]
        .iter()
        .map(|&cycle| cycle as i32 * history[cycle - 1])
        .sum();
    println!("signal strength: {}", strength);

    // draw a tiny CRT, 5 pixels wide
    for row in history.chunks(5) {
        let line: String = row
            .iter()
            .enumerate()
            .map(|(col, &sprite)| if (sprite - col as i32).abs() <= 1 { '#' } else { '.' })
            .collect();
        println!("{}", line);
    }
}
