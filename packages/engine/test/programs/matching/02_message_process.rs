enum Message {
    Quit,
    Move { x: i32, y: i32 },
    Write(String),
    ChangeColor(u8, u8, u8),
}

struct Cursor {
    x: i32,
    y: i32,
    color: (u8, u8, u8),
    log: Vec<String>,
    running: bool,
}

impl Cursor {
    fn process(&mut self, msg: Message) {
        match msg {
            Message::Quit => self.running = false,
            Message::Move { x, y } => {
                self.x += x;
                self.y += y;
            }
            Message::Write(text) => self.log.push(text),
            Message::ChangeColor(r, g, b) => self.color = (r, g, b),
        }
    }
}

fn main() {
    let mut cursor = Cursor { x: 0, y: 0, color: (0, 0, 0), log: Vec::new(), running: true };
    let messages = vec![
        Message::Move { x: 3, y: -2 },
        Message::Write(String::from("hello")),
        Message::ChangeColor(255, 128, 0),
        Message::Move { x: -1, y: 5 },
        Message::Write(String::from("world")),
        Message::Quit,
    ];
    for m in messages {
        cursor.process(m);
    }
    println!("position: ({}, {})", cursor.x, cursor.y);
    println!("color: {:?}", cursor.color);
    println!("log: {:?}", cursor.log);
    println!("running: {}", cursor.running);
}
