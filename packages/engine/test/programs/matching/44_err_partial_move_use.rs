#[derive(Debug)]
enum Message {
    Text(String),
    Ping,
}

fn main() {
    let msg = Message::Text(String::from("see you at 5"));

    match msg {
        Message::Text(body) => println!("got text: {}", body),
        Message::Ping => println!("got ping"),
    }

    println!("original message: {:?}", msg);
}
