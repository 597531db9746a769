// Mistake: using the old state value after a consuming transition.
struct Connecting {
    host: String,
}
struct Connected {
    host: String,
    session: u32,
}

impl Connecting {
    fn handshake(self, session: u32) -> Connected {
        Connected { host: self.host, session }
    }
}

impl Connected {
    fn send(&self, msg: &str) {
        println!("[{}#{}] {}", self.host, self.session, msg);
    }
}

fn main() {
    let c = Connecting { host: String::from("db.local") };
    let conn = c.handshake(42);
    conn.send("PING");
    println!("was connecting to {}", c.host);
}
