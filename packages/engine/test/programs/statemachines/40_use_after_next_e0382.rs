// Logging the old state after next(self) has consumed it
#[derive(Debug)]
enum Connection {
    Closed,
    Opening { host: String },
    Open { host: String, requests: u32 },
}

impl Connection {
    fn next(self) -> Connection {
        match self {
            Connection::Closed => Connection::Opening { host: String::from("db.local") },
            Connection::Opening { host } => Connection::Open { host, requests: 0 },
            Connection::Open { .. } => Connection::Closed,
        }
    }
}

fn main() {
    let state = Connection::Closed;
    let opening = state.next();
    println!("went from {:?} to {:?}", state, opening);
    let open = opening.next();
    println!("now {:?}", open);
}
