enum Command {
    Insert(String),
    Delete(usize),
    Undo,
}

fn apply(buffer: &mut String, cmd: Command) {
    match cmd {
        Command::Insert(text) => buffer.push_str(&text),
        Command::Delete(n) => {
            let keep = buffer.len().saturating_sub(n);
            buffer.truncate(keep);
        }
        Command::Undo => println!("nothing to undo"),
    }
}

fn main() {
    let mut buffer = String::from("Hello");
    let cmd = Command::Insert(String::from(", world"));
    apply(&mut buffer, cmd);
    if let Command::Insert(text) = cmd {
        println!("inserted {:?}", text);
    }
    println!("{}", buffer);
}
