// An enum with struct-like, tuple-like and unit variants, plus a method.
enum Command {
    Quit,
    Move { x: i32, y: i32 },
    Write(String),
    ChangeColor(u8, u8, u8),
}

impl Command {
    fn run(&self, position: &mut (i32, i32), log: &mut Vec<String>) {
        match self {
            Command::Quit => log.push(String::from("quit")),
            Command::Move { x, y } => {
                position.0 += x;
                position.1 += y;
                log.push(format!("moved to {:?}", position));
            }
            Command::Write(text) => log.push(format!("wrote '{text}'")),
            Command::ChangeColor(r, g, b) => log.push(format!("color #{:02x}{:02x}{:02x}", r, g, b)),
        }
    }
}

fn main() {
    let script = vec![
        Command::Move { x: 3, y: -1 },
        Command::Write(String::from("hi")),
        Command::ChangeColor(255, 128, 0),
        Command::Move { x: -1, y: 4 },
        Command::Quit,
    ];
    let mut position = (0, 0);
    let mut log = Vec::new();
    for cmd in &script {
        cmd.run(&mut position, &mut log);
    }
    for line in &log {
        println!("{line}");
    }
}
