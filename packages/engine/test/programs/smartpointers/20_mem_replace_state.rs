use std::mem;

#[derive(Debug)]
enum Connection {
    Idle,
    Connecting { attempts: u32 },
    Connected { session: String },
    Closed,
}

struct Client {
    state: Connection,
}

impl Client {
    fn step(&mut self) {
        let old = mem::replace(&mut self.state, Connection::Closed);
        self.state = match old {
            Connection::Idle => Connection::Connecting { attempts: 1 },
            Connection::Connecting { attempts } if attempts < 3 => {
                Connection::Connecting { attempts: attempts + 1 }
            }
            Connection::Connecting { attempts } => Connection::Connected {
                session: format!("sess-{}", attempts * 100),
            },
            Connection::Connected { session } => {
                println!("closing {}", session);
                Connection::Closed
            }
            Connection::Closed => Connection::Closed,
        };
    }
}

fn main() {
    let mut c = Client { state: Connection::Idle };
    for i in 0..7 {
        println!("step {}: {:?}", i, c.state);
        c.step();
    }
    println!("final: {:?}", c.state);

    let mut title = String::from("Draft");
    let previous = mem::replace(&mut title, String::from("Final"));
    println!("{} -> {}", previous, title);
}
