enum Command {
    Forward(i64),
    Down(i64),
    Up(i64),
}

fn parse(line: &str) -> Command {
    let mut parts = line.split_whitespace();
    let word = parts.next().unwrap();
    let amount: i64 = parts.next().unwrap().parse().unwrap();
    match word {
        "forward" => Command::Forward(amount),
        "down" => Command::Down(amount),
        "up" => Command::Up(amount),
        other => panic!("unknown command {}", other),
    }
}

#[derive(Default)]
struct Submarine {
    horizontal: i64,
    depth: i64,
    aim: i64,
}

impl Submarine {
    fn apply_simple(&mut self, cmd: &Command) {
        match cmd {
            Command::Forward(n) => self.horizontal += n,
            Command::Down(n) => self.depth += n,
            Command::Up(n) => self.depth -= n,
        }
    }

    fn apply_aim(&mut self, cmd: &Command) {
        match *cmd {
            Command::Forward(n) => {
                self.horizontal += n;
                self.depth += self.aim * n;
            }
            Command::Down(n) => self.aim += n,
            Command::Up(n) => self.aim -= n,
        }
    }

    fn product(&self) -> i64 {
        self.horizontal * self.depth
    }
}

fn main() {
    let input = "forward 5\ndown 5\nforward 8\nup 3\ndown 8\nforward 2";
    let commands: Vec<Command> = input.lines().map(parse).collect();

    let mut sub1 = Submarine::default();
    let mut sub2 = Submarine::default();
    for c in &commands {
        sub1.apply_simple(c);
        sub2.apply_aim(c);
    }
    println!("part 1: {}", sub1.product());
    println!("part 2: {}", sub2.product());
}
