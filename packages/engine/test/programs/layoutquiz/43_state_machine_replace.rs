use std::mem;

#[derive(Debug)]
enum Connection {
    Idle,
    Connecting { attempts: u32 },
    Connected { session: String },
}

struct Client {
    state: Connection,
}

impl Client {
    fn step(&mut self) {
        // Take ownership of the old state so we can move out of it
        let old = mem::replace(&mut self.state, Connection::Idle);
        self.state = match old {
            Connection::Idle => Connection::Connecting { attempts: 1 },
            Connection::Connecting { attempts } if attempts < 3 => {
                Connection::Connecting { attempts: attempts + 1 }
            }
            Connection::Connecting { .. } => Connection::Connected { session: String::from("s-42") },
            Connection::Connected { session } => Connection::Connected { session },
        };
    }
}

fn main() {
    let mut c = Client { state: Connection::Idle };
    for _ in 0..5 {
        c.step();
        println!("{:?}", c.state);
    }
    println!("enum size {}", mem::size_of::<Connection>());
}
