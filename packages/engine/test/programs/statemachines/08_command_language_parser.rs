// Parsing a tiny stack language: "push N", "pop", "add", "mul", "print"
#[derive(Debug, PartialEq)]
enum Command {
    Push(i64),
    Pop,
    Add,
    Mul,
    Print,
}

fn parse_line(line: &str) -> Result<Command, String> {
    let mut words = line.split_whitespace();
    let Some(op) = words.next() else {
        return Err(String::from("empty line"));
    };
    let cmd = match op {
        "push" => {
            let Some(arg) = words.next() else {
                return Err(String::from("push needs a number"));
            };
            let n: i64 = arg.parse().map_err(|_| format!("bad number '{}'", arg))?;
            Command::Push(n)
        }
        "pop" => Command::Pop,
        "add" => Command::Add,
        "mul" => Command::Mul,
        "print" => Command::Print,
        other => return Err(format!("unknown command '{}'", other)),
    };
    Ok(cmd)
}

fn main() {
    let program = "push 6\npush 7\nmul\n\npush x\nprint\njump 3\npush 1\nadd\nprint\npop\nprint";
    let mut stack: Vec<i64> = Vec::new();
    for (no, line) in program.lines().enumerate() {
        match parse_line(line) {
            Ok(Command::Push(n)) => stack.push(n),
            Ok(Command::Pop) => {
                stack.pop();
            }
            Ok(Command::Add) | Ok(Command::Mul) => {
                let b = stack.pop().unwrap();
                let a = stack.pop().unwrap();
                let r = if parse_line(line) == Ok(Command::Add) { a + b } else { a * b };
                stack.push(r);
            }
            Ok(Command::Print) => println!("line {}: top = {:?}", no + 1, stack.last()),
            Err(e) => println!("line {}: error: {}", no + 1, e),
        }
    }
    println!("stack at end: {:?}", stack);
}
