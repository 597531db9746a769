// Quiz: can we release a resource early by calling drop ourselves?
struct Connection {
    host: String,
}

impl Drop for Connection {
    fn drop(&mut self) {
        println!("Closing connection to {}", self.host);
    }
}

fn main() {
    let conn = Connection { host: String::from("example.org") };
    println!("Connected to {}", conn.host);
    conn.drop();
    println!("Done early");
}
