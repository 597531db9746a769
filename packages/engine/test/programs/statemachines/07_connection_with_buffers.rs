// A connection whose Established state owns a buffer; mem::take moves it out
use std::mem;

#[derive(Debug)]
enum Conn {
    Disconnected,
    Connecting { attempts: u32 },
    Established { peer: String, outbox: Vec<String> },
}

impl Conn {
    fn send(&mut self, msg: &str) -> bool {
        if let Conn::Established { outbox, .. } = self {
            outbox.push(msg.to_string());
            true
        } else {
            false
        }
    }

    fn flush(&mut self) -> Vec<String> {
        match self {
            Conn::Established { outbox, .. } => mem::take(outbox),
            _ => Vec::new(),
        }
    }

    fn disconnect(&mut self) -> Option<String> {
        match mem::replace(self, Conn::Disconnected) {
            Conn::Established { peer, .. } => Some(peer),
            _ => None,
        }
    }
}

fn main() {
    let mut c = Conn::Connecting { attempts: 0 };
    if let Conn::Connecting { attempts } = &mut c {
        *attempts += 3;
    }
    println!("{:?}", c);
    println!("send while connecting: {}", c.send("hello"));

    c = Conn::Established { peer: String::from("10.0.0.7"), outbox: vec![] };
    c.send("hello");
    c.send("how are you");
    let sent = c.flush();
    println!("flushed {:?}", sent);
    c.send("bye");
    println!("{:?}", c);
    println!("disconnected from {:?}", c.disconnect());
    let rest = c.flush();
    println!("{:?}, flush gives {:?}", c, rest);
}
