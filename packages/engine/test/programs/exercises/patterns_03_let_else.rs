#[derive(Debug)]
struct Command {
    name: String,
    arg: i32,
}

fn parse_command(line: &str) -> Option<Command> {
    let mut parts = line.split_whitespace();
    let Some(name) = parts.next() else {
        return None;
    };
    let Some(arg_text) = parts.next() else {
        return Some(Command { name: name.to_string(), arg: 0 });
    };
    let Ok(arg) = arg_text.parse::<i32>() else {
        println!("bad argument '{}' for {}", arg_text, name);
        return None;
    };
    Some(Command { name: name.to_string(), arg })
}

fn main() {
    let lines = ["push 5", "push 7", "pop", "add x", "", "push -3", "add"];
    let mut stack: Vec<i32> = Vec::new();
    for line in lines {
        if let Some(cmd) = parse_command(line) {
            println!("{:?}", cmd);
            match cmd.name.as_str() {
                "push" => stack.push(cmd.arg),
                "pop" => {
                    if let Some(top) = stack.pop() {
                        println!("popped {}", top);
                    }
                }
                "add" => {
                    let (Some(a), Some(b)) = (stack.pop(), stack.pop()) else {
                        println!("not enough values");
                        continue;
                    };
                    stack.push(a + b);
                }
                other => println!("unknown {}", other),
            }
        } else {
            println!("skipped {:?}", line);
        }
    }
    println!("stack = {:?}", stack);
}
