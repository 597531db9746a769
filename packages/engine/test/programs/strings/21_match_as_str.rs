#[derive(Debug)]
enum Command {
    Go(String),
    Look,
    Take(String),
    Quit,
    Unknown(String),
}

fn parse(line: &str) -> Command {
    let mut words = line.split_whitespace();
    let verb = words.next().unwrap_or("").to_lowercase();
    let rest: Vec<&str> = words.collect();
    match verb.as_str() {
        "go" | "walk" => Command::Go(rest.join(" ")),
        "look" => Command::Look,
        "take" | "get" => Command::Take(rest.join(" ")),
        "quit" | "exit" => Command::Quit,
        _ => Command::Unknown(line.to_string()),
    }
}

fn main() {
    let script = ["GO north", "look", "take brass lamp", "dance wildly", "Exit"];
    for line in script {
        let cmd = parse(line);
        println!("{:<16} => {:?}", line, cmd);
        if let Command::Quit = cmd {
            println!("bye!");
            break;
        }
    }
}
