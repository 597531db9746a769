// Puzzle: bind the whole command and its text at the same time?
#[derive(Debug)]
enum Command {
    Say(String),
    Quit,
}

fn main() {
    let cmd = Command::Say(String::from("hi"));

    match cmd {
        whole @ Command::Say(text) => println!("{:?} says {}", whole, text),
        Command::Quit => println!("bye"),
    }
}
