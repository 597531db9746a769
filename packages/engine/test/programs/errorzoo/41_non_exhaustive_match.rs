// Quiz: a match must cover every variant.
enum Command {
    Start,
    Stop,
    Pause(u32),
    Resume,
}

fn describe(cmd: &Command) -> String {
    match cmd {
        Command::Start => String::from("starting"),
        Command::Stop => String::from("stopping"),
        Command::Pause(secs) => format!("pausing {}s", secs),
    }
}

fn main() {
    let script = vec![Command::Start, Command::Pause(5), Command::Resume, Command::Stop];
    for c in &script {
        println!("{}", describe(c));
    }
}
