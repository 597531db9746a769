// Puzzle: Connection has a Drop impl. Can we take its host string?
struct Connection {
    host: String,
    port: u16,
}

impl Drop for Connection {
    fn drop(&mut self) {
        println!("closing {}:{}", self.host, self.port);
    }
}

fn main() {
    let conn = Connection {
        host: String::from("db.local"),
        port: 5432,
    };
    println!("connected on port {}", conn.port);

    let host = conn.host;
    println!("host was {}", host);
}
