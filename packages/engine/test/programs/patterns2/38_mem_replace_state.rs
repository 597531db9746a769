use std::mem;

#[derive(Debug)]
enum Conn {
    Disconnected,
    Connecting { attempts: u32 },
    Connected { session: String, sent: Vec<String> },
}

struct Client {
    host: String,
    state: Conn,
}

impl Client {
    fn step(&mut self) {
        // take the old state out so we can move its fields into the new one
        let old = mem::replace(&mut self.state, Conn::Disconnected);
        self.state = match old {
            Conn::Disconnected => Conn::Connecting { attempts: 1 },
            Conn::Connecting { attempts } if attempts < 3 => Conn::Connecting { attempts: attempts + 1 },
            Conn::Connecting { attempts } => Conn::Connected {
                session: format!("{}#{}", self.host, attempts),
                sent: Vec::new(),
            },
            c @ Conn::Connected { .. } => c,
        };
    }

    fn send(&mut self, msg: &str) -> bool {
        match &mut self.state {
            Conn::Connected { sent, .. } => {
                sent.push(msg.to_string());
                true
            }
            _ => false,
        }
    }

    fn close(&mut self) -> Vec<String> {
        match take_state(&mut self.state) {
            Conn::Connected { session, sent } => {
                println!("closing {}", session);
                sent
            }
            _ => Vec::new(),
        }
    }
}

fn take_state(c: &mut Conn) -> Conn {
    mem::replace(c, Conn::Disconnected)
}

fn main() {
    let mut client = Client { host: "db.local".to_string(), state: Conn::Disconnected };
    for i in 0..5 {
        let ok = client.send(&format!("ping {}", i));
        println!("{:?} sent={}", client.state, ok);
        client.step();
    }
    client.send("hello");
    let log = client.close();
    println!("log: {:?}", log);
    println!("final: {:?}", client.state);
}
