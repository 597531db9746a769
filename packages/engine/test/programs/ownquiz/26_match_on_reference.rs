enum Command {
    Say(String),
    Move { x: i32, y: i32 },
    Quit,
}

fn describe(cmd: &Command) -> String {
    match cmd {
        Command::Say(text) => format!("say '{}'", text),
        Command::Move { x, y } => format!("move to ({}, {})", x, y),
        Command::Quit => String::from("quit"),
    }
}

fn main() {
    let cmds = vec![
        Command::Say(String::from("hi")),
        Command::Move { x: 2, y: -1 },
        Command::Quit,
    ];
    for c in &cmds {
        println!("{}", describe(c));
    }
    match &cmds[0] {
        Command::Say(t) => println!("first says {}", t),
        _ => println!("first is not Say"),
    }
    println!("{} commands", cmds.len());
}
