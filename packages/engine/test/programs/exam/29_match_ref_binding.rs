#[derive(Debug)]
enum Message {
    Text(String),
    Move { x: i32, y: i32 },
    Quit,
}

fn describe(m: &Message) -> String {
    match m {
        Message::Text(s) => format!("text of {} bytes", s.len()),
        Message::Move { x, y } => format!("move to ({}, {})", x, y),
        Message::Quit => String::from("quit"),
    }
}

fn main() {
    let msgs = vec![Message::Text(String::from("hello")), Message::Move { x: 3, y: -1 }, Message::Quit];
    for m in &msgs {
        println!("{}", describe(m));
    }
    if let Message::Text(ref s) = msgs[0] {
        println!("first is {:?}", s);
    }
    println!("{:?}", msgs);
}
