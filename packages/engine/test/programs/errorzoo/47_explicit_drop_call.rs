// Quiz: the destructor cannot be called directly.
struct Connection {
    host: String,
}

impl Drop for Connection {
    fn drop(&mut self) {
        println!("closing {}", self.host);
    }
}

fn main() {
    let mut c = Connection { host: String::from("db.local") };
    println!("connected to {}", c.host);
    // Use std::mem::drop(c) instead.
    c.drop();
    println!("done");
}
