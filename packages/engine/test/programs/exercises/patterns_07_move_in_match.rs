#[derive(Debug)]
enum Message {
    Text(String),
    Image { url: String, width: u32 },
    Quit,
}

fn summary(m: &Message) -> String {
    match m {
        Message::Text(t) => format!("text of {} bytes", t.len()),
        Message::Image { url, width } => format!("image {} ({}px)", url, width),
        Message::Quit => "quit".to_string(),
    }
}

fn main() {
    let msgs = vec![
        Message::Text(String::from("hello")),
        Message::Image { url: String::from("cat.png"), width: 640 },
        Message::Quit,
    ];
    for m in &msgs {
        println!("{}", summary(m));
    }
    let first = Message::Text(String::from("owned"));
    match first {
        Message::Text(s) => println!("took the string: {}", s),
        _ => {}
    }
    println!("{}", summary(&first));
}
