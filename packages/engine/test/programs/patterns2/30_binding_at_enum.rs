#[derive(Debug, Clone)]
enum Message {
    Quit,
    Move { x: i32, y: i32 },
    Write(String),
    ChangeColor(u8, u8, u8),
}

fn log_and_route(msgs: Vec<Message>) -> (Vec<Message>, Vec<Message>) {
    let mut urgent = Vec::new();
    let mut normal = Vec::new();
    for m in msgs {
        match m {
            q @ Message::Quit => urgent.push(q),
            mv @ Message::Move { x: -100..=100, y: -100..=100 } => normal.push(mv),
            far @ Message::Move { .. } => {
                println!("far move: {:?}", far);
                urgent.push(far);
            }
            Message::Write(ref text) if text.starts_with('!') => urgent.push(m),
            other @ (Message::Write(_) | Message::ChangeColor(..)) => normal.push(other),
        }
    }
    (urgent, normal)
}

fn main() {
    let inbox = vec![
        Message::Move { x: 3, y: -4 },
        Message::Write(String::from("!reboot")),
        Message::ChangeColor(255, 128, 0),
        Message::Move { x: 500, y: 0 },
        Message::Write(String::from("hi there")),
        Message::Quit,
    ];
    let (urgent, normal) = log_and_route(inbox);
    println!("urgent ({}):", urgent.len());
    for m in &urgent {
        println!("  {:?}", m);
    }
    println!("normal ({}):", normal.len());
    for m in &normal {
        println!("  {:?}", m);
    }
}
