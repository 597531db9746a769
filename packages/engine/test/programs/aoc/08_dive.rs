const COMMANDS: &str = "forward 5
down 5
forward 8
up 3
down 8
forward 2";

enum Command {
    Forward(i64),
    Down(i64),
    Up(i64),
}

fn parse(line: &str) -> Command {
    if let Some(n) = line.strip_prefix("forward ") {
        Command::Forward(n.parse().unwrap())
    } else if let Some(n) = line.strip_prefix("down ") {
        Command::Down(n.parse().unwrap())
    } else if let Some(n) = line.strip_prefix("up ") {
        Command::Up(n.parse().unwrap())
    } else {
        panic!("unknown command: {}", line)
    }
}

fn main() {
    let cmds: Vec<Command> = COMMANDS.lines().map(parse).collect();

    let (mut x, mut depth) = (0i64, 0i64);
    for c in &cmds {
        match c {
            Command::Forward(n) => x += n,
            Command::Down(n) => depth += n,
            Command::Up(n) => depth -= n,
        }
    }
    println!("Part 1: {} * {} = {}", x, depth, x * depth);

    let (mut x, mut depth, mut aim) = (0i64, 0i64, 0i64);
    for c in &cmds {
        match *c {
            Command::Forward(n) => {
                x += n;
                depth += aim * n;
            }
            Command::Down(n) => aim += n,
            Command::Up(n) => aim -= n,
        }
    }
    println!("Part 2: {} * {} = {}", x, depth, x * depth);
}
