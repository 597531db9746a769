// enums3: process messages by matching on them and updating a State.
struct Point {
    x: u64,
    y: u64,
}

enum Message {
    Resize { width: u64, height: u64 },
    Move(Point),
    Echo(String),
    ChangeColor(u8, u8, u8),
    Quit,
}

struct State {
    width: u64,
    height: u64,
    position: Point,
    message: String,
    color: (u8, u8, u8),
    quit: bool,
}

impl State {
    fn process(&mut self, message: Message) {
        match message {
            Message::Resize { width, height } => {
                self.width = width;
                self.height = height;
            }
            Message::Move(p) => self.position = p,
            Message::Echo(s) => self.message = s,
            Message::ChangeColor(r, g, b) => self.color = (r, g, b),
            Message::Quit => self.quit = true,
        }
    }
}

fn main() {
    let mut state = State {
        width: 0,
        height: 0,
        position: Point { x: 0, y: 0 },
        message: String::from("hello world"),
        color: (0, 0, 0),
        quit: false,
    };
    state.process(Message::Resize { width: 10, height: 30 });
    state.process(Message::Move(Point { x: 10, y: 15 }));
    state.process(Message::Echo(String::from("Hello world!")));
    state.process(Message::ChangeColor(255, 0, 255));
    state.process(Message::Quit);

    println!("size {}x{}", state.width, state.height);
    println!("position ({}, {})", state.position.x, state.position.y);
    println!("message {:?}, color {:?}, quit {}", state.message, state.color, state.quit);
}
