// Using a state twice: without Copy the first use moves it
#[derive(Debug, Clone, PartialEq)]
enum Signal {
    Stop,
    Go,
}

fn describe(s: Signal) -> &'static str {
    match s {
        Signal::Stop => "stop",
        Signal::Go => "go",
    }
}

fn main() {
    let current = Signal::Go;
    let text = describe(current);
    let same = current == Signal::Go;
    println!("{} ({})", text, same);
}
