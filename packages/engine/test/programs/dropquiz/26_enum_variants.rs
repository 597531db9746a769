// Only the fields of the active variant are dropped.
struct Payload(&'static str);

impl Drop for Payload {
    fn drop(&mut self) {
        println!("drop payload {}", self.0);
    }
}

enum Message {
    Empty,
    One(Payload),
    Two(Payload, Payload),
}

fn describe(m: &Message) -> &'static str {
    match m {
        Message::Empty => "empty",
        Message::One(_) => "one",
        Message::Two(_, _) => "two",
    }
}

fn main() {
    let msgs = vec![
        Message::Two(Payload("x"), Payload("y")),
        Message::Empty,
        Message::One(Payload("z")),
    ];
    for m in &msgs {
        println!("{}", describe(m));
    }
    println!("dropping all");
}
