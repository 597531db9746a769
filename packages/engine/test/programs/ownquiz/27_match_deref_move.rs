enum Message {
    Text(String),
    Ping,
}

fn body_len(msg: &Message) -> usize {
    match *msg {
        Message::Text(s) => s.len(),
        Message::Ping => 0,
    }
}

fn main() {
    let m = Message::Text(String::from("hello there"));
    println!("{}", body_len(&m));
    println!("{}", body_len(&Message::Ping));
}
